using System.Runtime.InteropServices;

namespace Livepeer.Media.Interop;

/// <summary>lpmedia.h's lpm_profile.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LpmProfile
{
    public const int GopDefault = 0;
    public const int GopIntra = 1;
    public const int GopSeconds = 2;

    public int Width;
    public int Height;
    public int BitrateBps;
    public int FpsNumerator;
    public int FpsDenominator;
    public int H264Profile;
    public int GopMode;
    public int Reserved;
    public double GopSecondsValue;
}
