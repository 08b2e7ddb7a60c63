using System.Net;
using System.Text.Json;
using Livepeer.EndToEnd.Tests.Support;

namespace Livepeer.EndToEnd.Tests.RunScript;

[Collection(FixedPortsCollection.Name)]
public sealed class RunScriptDevChainTests : IDisposable
{
    // The dev chain's ganache accounts #2 (orchestrator) and #1 (gateway).
    private const string Orchestrator = "0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b";
    private const string Gateway = "0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "livepeer-e2e-dev-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Run_sh_by_default_starts_the_dev_chain_with_the_orchestrator_active_and_the_gateway_funded()
    {
        var busy = LocalPorts.Listening(LocalPorts.RunShPorts);
        Assert.True(busy.Count == 0,
            $"ports already in use on 127.0.0.1: {string.Join(", ", busy)}; stop ./run.sh (or whatever holds them) before running the end-to-end tests");

        await using var run = RunScriptProcess.StartWithData(_dataDir, "--no-build");
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9935"), Timeout = TimeSpan.FromSeconds(10) };
        await run.WaitForStatusAsync(http, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(240));
        await run.WaitForOutputAsync("Press Ctrl-C to stop.", TimeSpan.FromSeconds(30));

        Assert.Contains("starting Livepeer.Orleans (network: dev, silos: 1)", run.Output, StringComparison.Ordinal);
        Assert.Contains("ganache      ready", run.Output, StringComparison.Ordinal);
        Assert.Contains($"chain        dev; Orchestrator {Orchestrator} active on chain in round", run.Output, StringComparison.Ordinal);

        var deployment = Path.Combine(_dataDir, "devchain", "deployment.json");
        var status = await LpctlProcess.RunAsync("status", "--json", "--deployment", deployment, "--api", "http://127.0.0.1:9935");
        Assert.True(status.ExitCode == 0, status.ToString());
        using var json = JsonDocument.Parse(status.Output);
        var root = json.RootElement;
        Assert.Equal("dev", root.GetProperty("network").GetString());
        Assert.Equal(1337, root.GetProperty("chainId").GetInt64());
        Assert.True(root.GetProperty("roundInitialized").GetBoolean());
        Assert.Equal(Gateway, root.GetProperty("gateway").GetProperty("address").GetString());
        Assert.Equal("10000000000000000000", root.GetProperty("gateway").GetProperty("deposit").GetString());
        Assert.Equal("10000000000000000000", root.GetProperty("gateway").GetProperty("reserve").GetString());
        var orchestrator = root.GetProperty("orchestrator");
        Assert.Equal(Orchestrator, orchestrator.GetProperty("address").GetString());
        Assert.True(orchestrator.GetProperty("active").GetBoolean());
        // The node's redemption queue, through the gateway API: nothing paid yet, so nothing waits.
        Assert.Equal(0, orchestrator.GetProperty("pendingWinningTickets").GetInt32());
        Assert.Equal(0, orchestrator.GetProperty("failedWinningTickets").GetInt32());
        Assert.Equal("node http://127.0.0.1:9935/", orchestrator.GetProperty("pendingSource").GetString());
        Assert.Equal(0, orchestrator.GetProperty("redeemedWinningTickets").GetInt32());

        run.SignalGroup(PosixSignals.Interrupt);
        Assert.True(await run.WaitForExitAsync(TimeSpan.FromSeconds(30)), $"run.sh still running 30 s after SIGINT. Output:\n{run.Output}");
        Assert.True(run.ExitCode == 0, $"run.sh exited with {run.ExitCode} after SIGINT. Output:\n{run.Output}");
        var stillListening = LocalPorts.Listening(LocalPorts.RunShPorts);
        Assert.True(stillListening.Count == 0, $"still listening after run.sh exited: {string.Join(", ", stillListening)}. Output:\n{run.Output}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }
}
