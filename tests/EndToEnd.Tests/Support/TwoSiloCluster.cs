using System.Globalization;
using System.Net;
using Livepeer.Gateway.Api.Hosting;
using Livepeer.NodeTestSupport;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Hosts;
using Livepeer.TestSupport.Azurite;
using Livepeer.TestSupport.Ganache;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Livepeer.EndToEnd.Tests.Support;

/// <summary>
/// What `./run.sh --network dev --silos 2` starts, on free loopback ports and with tables, cluster and media
/// container of its own: Azurite, ganache with the contract doubles deployed by lpctl, silo 1 (gpu=true) and
/// silo 2 (gpu=false) as separate `dotnet Livepeer.Silo.dll` processes with the same settings run.sh gives them,
/// and the gateway API process. Silo liveness is shortened (<see cref="LivenessSettings"/>) so that a killed silo
/// is declared dead within seconds. A test Orleans client (<see cref="Grains"/>) reads grain state and placement.
/// </summary>
public sealed class TwoSiloCluster : IAsyncDisposable
{
    /// <summary>ganache account #2 (the node's orchestrator) and #1 (the gateway, the ticket sender).</summary>
    public const string OrchestratorAddress = "0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b";

    public const string GatewayAddress = "0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0";

    /// <summary>Probe every second, suspect after 2 missed probes: a killed silo is dead in about 3 s.</summary>
    public static readonly IReadOnlyDictionary<string, string> LivenessSettings = new Dictionary<string, string>
    {
        ["Silo:Liveness:ProbeTimeout"] = "00:00:01",
        ["Silo:Liveness:MissedProbesLimit"] = "2",
        ["Silo:Liveness:TableRefreshTimeout"] = "00:00:02",
        ["Silo:Liveness:IAmAliveTablePublishTimeout"] = "00:00:05",
    };

    /// <summary>The silo's log line once it serves (./run.sh waits for it too).</summary>
    public const string SiloStartedLine = "Livepeer silo started";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly string _workDir;
    private readonly AzuriteServer _azurite;
    private readonly GanacheServer _ganache;
    private readonly string _deploymentFile;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];
    private readonly int[] _siloPorts = [LoopbackPorts.Unused(), LoopbackPorts.Unused()];
    private readonly int[] _gatewayPorts = [LoopbackPorts.Unused(), LoopbackPorts.Unused()];
    private readonly HostProcess?[] _silos = new HostProcess?[2];
    private readonly List<HostProcess> _finished = [];
    private HostProcess? _api;
    private IHost? _client;

    private TwoSiloCluster(string workDir, AzuriteServer azurite, GanacheServer ganache, string deploymentFile)
    {
        _workDir = workDir;
        _azurite = azurite;
        _ganache = ganache;
        _deploymentFile = deploymentFile;
        ApiUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Unused().ToString(CultureInfo.InvariantCulture)}/");
    }

    public Uri ApiUrl { get; }

    public IClusterClient Grains => _client?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("the cluster has not been started");

    public string ClusterId => "kill-" + _suffix;

    /// <summary>Silo <paramref name="number"/> (1: gpu=true, 2: gpu=false) as it runs now.</summary>
    public HostProcess Silo(int number) => _silos[number - 1] ?? throw new InvalidOperationException($"silo {number} is not running");

    /// <summary>1 or 2 for an address on silo 1's or silo 2's port; 0 for any other.</summary>
    public int SiloNumberOf(SiloAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        int index = Array.IndexOf(_siloPorts, address.Endpoint.Port);
        return index + 1;
    }

    public static async Task<TwoSiloCluster> StartAsync()
    {
        var workDir = Directory.CreateTempSubdirectory("livepeer-kill-").FullName;
        var azurite = await AzuriteServer.StartAsync(AzuriteServices.Blob | AzuriteServices.Table);
        // eth_gasPrice 0.01 gwei (transactions still pay the EIP-1559 base fee): a redemption costs 3.5e12 wei by the
        // face-value rules, so tickets can carry face values near their EV and win often enough for a short test.
        var ganache = await GanacheServer.StartAsync(extraArguments: ["--miner.defaultGasPrice", "10000000"]);
        var deploymentFile = Path.Combine(workDir, "deployment.json");
        var deploy = await LpctlProcess.RunAsync("devchain", "deploy", "--rpc", ganache.Url.ToString(), "--out", deploymentFile);
        var cluster = new TwoSiloCluster(workDir, azurite, ganache, deploymentFile);
        try
        {
            Assert.True(deploy.ExitCode == 0, "lpctl devchain deploy failed: " + deploy);
            await cluster.StartSiloAsync(1);
            await cluster.StartSiloAsync(2);
            cluster._api = HostProcess.Start("gateway-api", BuiltOutput.Of("Gateway.Api", "Livepeer.Gateway.Api.dll"), cluster.ApiSettings());
            await cluster.WaitForReadyAsync(2, StartTimeout);
            cluster._client = await cluster.StartClientAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts silo <paramref name="number"/> on its ports (again, after a kill) and waits for its start line.</summary>
    public async Task StartSiloAsync(int number)
    {
        var silo = LaunchSilo(number);
        await silo.WaitForOutputAsync(SiloStartedLine, StartTimeout);
    }

    /// <summary>Starts silo <paramref name="number"/> on its ports (again, after a kill) without waiting for it.</summary>
    public HostProcess LaunchSilo(int number)
    {
        if (_silos[number - 1] is { } previous)
        {
            Assert.True(previous.HasExited, $"silo {number} is still running");
            _finished.Add(previous);
        }
        var silo = HostProcess.Start($"silo{number}", BuiltOutput.Of("Silo", "Livepeer.Silo.dll"), SiloSettings(number));
        _silos[number - 1] = silo;
        return silo;
    }

    /// <summary>Waits until GET /readyz names <paramref name="activeSilos"/> active silos.</summary>
    public async Task WaitForReadyAsync(int activeSilos, TimeSpan timeout)
    {
        using var http = CreateHttpClient(TimeSpan.FromSeconds(10));
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        var expected = $"\"activeSilos\":{activeSilos.ToString(CultureInfo.InvariantCulture)}";
        while (DateTime.UtcNow < deadline)
        {
            if (_api is { HasExited: true })
            {
                Assert.Fail($"the gateway API exited. Output:\n{_api.Tail()}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative));
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == HttpStatusCode.OK && last.Contains(expected, StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"GET /readyz did not report {activeSilos} active silos within {timeout.TotalSeconds} s (last: {last}). {Diagnostics()}");
    }

    public HttpClient CreateHttpClient(TimeSpan timeout) => new() { BaseAddress = ApiUrl, Timeout = timeout };

    /// <summary>The tails of every process's output, for failure messages.</summary>
    public string Diagnostics() =>
        string.Join("\n", _silos.Concat(_finished).Append(_api).OfType<HostProcess>().Select(p => $"--- {p.Name} (pid {p.Id}) ---\n{p.Tail(25)}"));

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _client.StopAsync(stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _client.Dispose();
        }
        foreach (var process in _silos.Concat(_finished).Append(_api).OfType<HostProcess>())
        {
            await process.DisposeAsync();
        }
        await _ganache.DisposeAsync();
        await _azurite.DisposeAsync();
        Directory.Delete(_workDir, recursive: true);
    }

    private Dictionary<string, string> SharedSettings() => new()
    {
        ["Cluster:ClusterId"] = ClusterId,
        ["Storage:ConnectionString"] = _azurite.ConnectionString,
        ["Storage:MembershipTable"] = "Membership" + _suffix,
        ["Storage:MediaContainer"] = "media-" + _suffix,
    };

    // What run.sh passes (ports, gpu, metrics, chain, models), plus this cluster's storage names and fast liveness.
    private Dictionary<string, string> SiloSettings(int number)
    {
        var settings = SharedSettings();
        settings["Storage:GrainStateTable"] = "GrainState" + _suffix;
        settings["Silo:SiloPort"] = _siloPorts[number - 1].ToString(CultureInfo.InvariantCulture);
        settings["Silo:GatewayPort"] = _gatewayPorts[number - 1].ToString(CultureInfo.InvariantCulture);
        settings["Silo:Gpu"] = number == 1 ? "true" : "false";
        settings["Metrics:Url"] = "";
        settings["Chain:Network"] = "dev";
        settings["Chain:RpcUrl"] = _ganache.Url.ToString();
        settings["Chain:DeploymentFile"] = _deploymentFile;
        settings["Inference:ModelsDirectory"] = Path.Combine(RepoPaths.Root, "tools", "node", "node_modules", "@gutenye", "ocr-models", "assets");
        settings["Transcoder:X264Preset"] = "ultrafast";
        foreach (var (key, value) in LivenessSettings)
        {
            settings[key] = value;
        }
        return settings;
    }

    private Dictionary<string, string> ApiSettings()
    {
        var settings = SharedSettings();
        settings["GatewayApi:Url"] = ApiUrl.ToString().TrimEnd('/');
        // A restarted silo's gateway is found within seconds rather than the default minute.
        settings["OrleansClient:GatewayListRefreshPeriod"] = "00:00:02";
        return settings;
    }

    private async Task<IHost> StartClientAsync()
    {
        var settings = SharedSettings();
        settings["OrleansClient:GatewayListRefreshPeriod"] = "00:00:02";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _workDir });
        builder.Configuration.AddInMemoryCollection(settings.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client.AddLivepeerClustering(builder.Configuration));
        var host = builder.Build();
        using var start = new CancellationTokenSource(StartTimeout);
        await host.StartAsync(start.Token);
        return host;
    }
}
