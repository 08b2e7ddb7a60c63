namespace Livepeer.Media.Interop;

/// <summary>lpmedia.h's lpm_accel.</summary>
internal enum LpmAccel
{
    Auto = 0,
    Cpu = 1,
    Nvenc = 2,
}
