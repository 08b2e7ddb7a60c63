using System.Net;
using System.Text.Json;
using Livepeer.EndToEnd.Tests.Support;

namespace Livepeer.EndToEnd.Tests.RunScript;

[Collection(FixedPortsCollection.Name)]
public sealed class RunScriptRestartTests : IDisposable
{
    // ./run.sh's node orchestrator by default (the dev chain's account #2).
    private const string Orchestrator = "0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b";
    private const string Api = "http://127.0.0.1:9935";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "livepeer-e2e-data-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_price_set_with_lpctl_and_the_dev_chain_deployment_are_still_there_after_run_sh_restarts_on_the_same_data()
    {
        var busy = LocalPorts.Listening(LocalPorts.RunShPorts);
        Assert.True(busy.Count == 0,
            $"ports already in use on 127.0.0.1: {string.Join(", ", busy)}; stop ./run.sh (or whatever holds them) before running the end-to-end tests");

        await using (var first = await StartAsync())
        {
            Assert.Contains("devchain     deployed the contract doubles", first.Output, StringComparison.Ordinal);
            Assert.Contains($"prices       {Orchestrator}: base price 1 wei/pixel", first.Output, StringComparison.Ordinal);
            var list = await LpctlProcess.RunAsync("orchestrator", "list", "--api", Api);
            Assert.True(list.ExitCode == 0, list.ToString());
            Assert.Contains(Orchestrator, list.Output, StringComparison.Ordinal);

            var set = await LpctlProcess.RunAsync(
                "orchestrator", "price", "set", Orchestrator, "--base", "7/3", "--auto-adjust", "false",
                "--capability", "text-to-image", "--model", "stabilityai/sd-turbo", "--price", "0.5", "--api", Api);
            Assert.True(set.ExitCode == 0, set.ToString());

            await StopAsync(first);
        }

        await using var second = await StartAsync();
        // The kept chain still has the contracts, so the deployment is reused rather than made again.
        Assert.Contains("devchain     reusing the deployment in", second.Output, StringComparison.Ordinal);
        // The priced book is kept: run.sh gives only an unpriced one its dev base price.
        Assert.Contains($"prices       {Orchestrator}: kept its price book", second.Output, StringComparison.Ordinal);
        var get = await LpctlProcess.RunAsync("orchestrator", "price", "get", Orchestrator, "--json", "--api", Api);
        Assert.True(get.ExitCode == 0, get.ToString());
        using var book = JsonDocument.Parse(get.Output);
        var root = book.RootElement;
        Assert.Equal(Orchestrator, root.GetProperty("orchestrator").GetString());
        Assert.Equal("7/3", root.GetProperty("basePricePerPixel").GetString());
        Assert.False(root.GetProperty("autoAdjust").GetBoolean());
        var capability = Assert.Single(root.GetProperty("capabilities").EnumerateArray());
        Assert.Equal("text-to-image", capability.GetProperty("capability").GetString());
        Assert.Equal("stabilityai/sd-turbo", capability.GetProperty("model").GetString());
        Assert.Equal("0.5", capability.GetProperty("pricePerUnit").GetString());
        await StopAsync(second);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private async Task<RunScriptProcess> StartAsync()
    {
        var run = RunScriptProcess.StartWithData(_dataDir, "--no-build");
        using var http = new HttpClient { BaseAddress = new Uri(Api), Timeout = TimeSpan.FromSeconds(10) };
        await run.WaitForStatusAsync(http, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(180));
        await run.WaitForOutputAsync("Press Ctrl-C to stop.", TimeSpan.FromSeconds(30));
        return run;
    }

    private static async Task StopAsync(RunScriptProcess run)
    {
        run.SignalGroup(PosixSignals.Interrupt);
        Assert.True(await run.WaitForExitAsync(TimeSpan.FromSeconds(30)), $"run.sh still running 30 s after SIGINT. Output:\n{run.Output}");
        Assert.True(run.ExitCode == 0, $"run.sh exited with {run.ExitCode} after SIGINT. Output:\n{run.Output}");
        var stillListening = LocalPorts.Listening(LocalPorts.RunShPorts);
        Assert.True(stillListening.Count == 0, $"still listening after run.sh exited: {string.Join(", ", stillListening)}. Output:\n{run.Output}");
    }
}
