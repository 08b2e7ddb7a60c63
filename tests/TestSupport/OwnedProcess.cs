using System.Diagnostics;

namespace Livepeer.TestSupport;

/// <summary>
/// A child process a test fixture started and must not leave behind: killed with its whole tree on
/// dispose, and (best effort, for aborted runs) when the test process exits.
/// </summary>
public sealed class OwnedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly EventHandler _killOnExit;

    public OwnedProcess(Process process)
    {
        _process = process ?? throw new ArgumentNullException(nameof(process));
        _killOnExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _killOnExit;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // The process exited between the check and the kill: the goal is already met.
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _killOnExit;
        Kill();
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        _process.Dispose();
    }
}
