using Microsoft.Win32.SafeHandles;

namespace Livepeer.Media.Interop;

/// <summary>An lpm_worker: destroyed when released.</summary>
internal sealed class WorkerHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public WorkerHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        LpmNative.WorkerDestroy(handle);
        return true;
    }
}
