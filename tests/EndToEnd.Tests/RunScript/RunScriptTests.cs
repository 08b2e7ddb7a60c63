using System.Net;
using Livepeer.EndToEnd.Tests.Support;

namespace Livepeer.EndToEnd.Tests.RunScript;

[Collection(FixedPortsCollection.Name)]
public sealed class RunScriptTests
{
    [Fact]
    public async Task Run_sh_offchain_serves_health_and_readiness_and_stops_everything_on_ctrl_c()
    {
        var busy = LocalPorts.Listening(LocalPorts.RunShPorts);
        Assert.True(busy.Count == 0,
            $"ports already in use on 127.0.0.1: {string.Join(", ", busy)}; stop ./run.sh (or whatever holds them) before running the end-to-end tests");

        await using var run = RunScriptProcess.Start("--no-build", "--network", "offchain");
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9935"), Timeout = TimeSpan.FromSeconds(10) };

        await run.WaitForStatusAsync(http, "/healthz", HttpStatusCode.OK, TimeSpan.FromSeconds(120));
        await run.WaitForStatusAsync(http, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        await run.WaitForOutputAsync("Press Ctrl-C to stop.", TimeSpan.FromSeconds(30));
        Assert.Contains("gateway API  http://127.0.0.1:9935", run.Output, StringComparison.Ordinal);
        Assert.Contains("chain        none (offchain: no tickets)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ganache", run.Output, StringComparison.Ordinal);

        run.SignalGroup(PosixSignals.Interrupt);
        var exited = await run.WaitForExitAsync(TimeSpan.FromSeconds(20));

        Assert.True(exited, $"run.sh still running 20 s after SIGINT. Output:\n{run.Output}");
        Assert.True(run.ExitCode == 0, $"run.sh exited with {run.ExitCode} after SIGINT. Output:\n{run.Output}");
        var stillListening = LocalPorts.Listening(LocalPorts.RunShPorts);
        Assert.True(stillListening.Count == 0,
            $"still listening on 127.0.0.1 after run.sh exited: {string.Join(", ", stillListening)}. Output:\n{run.Output}");
    }
}
