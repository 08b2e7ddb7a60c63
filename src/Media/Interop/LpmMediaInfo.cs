using System.Runtime.InteropServices;

namespace Livepeer.Media.Interop;

/// <summary>lpmedia.h's lpm_media_info.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LpmMediaInfo
{
    public const int SignatureMaxBytes = 3 + (8 * 16 * 16);

    public int HasVideo;
    public int Width;
    public int Height;
    public int SignatureLength;
    public long Frames;
    public long Pixels;
    public double Fps;
    public long DurationUs;
    public fixed byte Signature[SignatureMaxBytes];
    public fixed byte Padding[5];
}
