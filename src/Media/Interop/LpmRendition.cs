using System.Runtime.InteropServices;

namespace Livepeer.Media.Interop;

/// <summary>lpmedia.h's lpm_rendition: the data belongs to lpmedia until lpm_rendition_release.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LpmRendition
{
    public byte* Data;
    public long Size;
    public int Width;
    public int Height;
    public long Frames;
    public long Pixels;
}
