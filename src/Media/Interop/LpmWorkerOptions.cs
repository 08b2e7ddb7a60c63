using System.Runtime.InteropServices;

namespace Livepeer.Media.Interop;

/// <summary>lpmedia.h's lpm_worker_options.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LpmWorkerOptions
{
    public const int PresetBytes = 32;

    public int Accel;
    public int EncoderThreads;
    public int DecoderThreads;
    public int GpuIndex;
    public fixed byte X264Preset[PresetBytes];
}
