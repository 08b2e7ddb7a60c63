using System.Net;

namespace Livepeer.EndToEnd.Tests.Support;

/// <summary>
/// One ./run.sh on the default dev network (ganache, tickets paid and redeemed), started once for the tests of a
/// class and stopped with Ctrl-C after them. A class fixture rather than a collection fixture: the other tests of
/// <see cref="FixedPortsCollection"/> start and stop run.sh themselves and need the ports free.
/// </summary>
public sealed class RunShDevNode : IAsyncLifetime
{
    public const string Api = "http://127.0.0.1:9935";

    private RunScriptProcess? _run;

    public Uri Url { get; } = new(Api + "/");

    public RunScriptProcess Run => _run ?? throw new InvalidOperationException("run.sh has not been started");

    public HttpClient CreateClient() => new() { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>run.sh's output and the tails of the gateway API's and the silo's logs, for failure messages.</summary>
    public string Diagnostics() =>
        $"run.sh output:\n{Run.Output}\n{Run.LogTail("gateway-api")}\n{Run.LogTail("silo")}";

    public async Task InitializeAsync()
    {
        var busy = LocalPorts.Listening(LocalPorts.RunShPorts);
        Assert.True(busy.Count == 0,
            $"ports already in use on 127.0.0.1: {string.Join(", ", busy)}; stop ./run.sh (or whatever holds them) before running the end-to-end tests");
        _run = RunScriptProcess.Start("--no-build");
        using var http = CreateClient();
        await _run.WaitForStatusAsync(http, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(240));
        await _run.WaitForOutputAsync("Press Ctrl-C to stop.", TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        if (_run is null)
        {
            return;
        }
        // Ctrl-C, as an operator stops it; disposing signals SIGTERM (then SIGKILL) only if that did not work.
        if (!_run.HasExited)
        {
            _run.SignalGroup(PosixSignals.Interrupt);
            await _run.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        await _run.DisposeAsync();
    }
}
