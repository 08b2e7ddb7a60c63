using System.Runtime.InteropServices;

namespace Livepeer.EndToEnd.Tests.Support;

/// <summary>Sends signals to process groups, as a terminal does on Ctrl-C (.NET has no API to send one).</summary>
internal static partial class PosixSignals
{
    public const int Interrupt = 2;
    public const int Kill = 9;
    public const int Terminate = 15;

    private const int NoSuchProcess = 3;

    /// <returns>False when the group no longer exists.</returns>
    public static bool SendToGroup(int processGroupId, int signal)
    {
        if (SendSignal(-processGroupId, signal) == 0)
        {
            return true;
        }
        var errno = Marshal.GetLastPInvokeError();
        return errno == NoSuchProcess
            ? false
            : throw new InvalidOperationException($"kill(-{processGroupId}, {signal}) failed with errno {errno}");
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
