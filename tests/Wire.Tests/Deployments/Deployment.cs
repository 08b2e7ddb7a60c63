using System.Globalization;
using System.Net;
using Livepeer.NodeTestSupport;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Hosts;

namespace Livepeer.Wire.Tests.Deployments;

/// <summary>
/// One whole deployment as separate OS processes: a silo (<c>Livepeer.Silo.dll</c>) and the gateway API
/// (<c>Livepeer.Gateway.Api.dll</c>) on free loopback ports, in its own Orleans cluster with its own Azure tables
/// (membership, grain state, API keys) and blob container in the shared Azurite. What makes it a gateway or an
/// orchestrator is the settings it is given.
/// </summary>
public sealed class Deployment : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private Deployment(string name, IReadOnlyDictionary<string, string> shared)
    {
        Name = name;
        Shared = shared;
    }

    public string Name { get; }

    public HostProcess Silo { get; private set; } = null!;

    public HostProcess Api { get; private set; } = null!;

    /// <summary>http://127.0.0.1:port/ of the gateway API.</summary>
    public Uri ApiUrl { get; private set; } = null!;

    /// <summary>The silo's Prometheus endpoint.</summary>
    public Uri SiloMetricsUrl { get; private set; } = null!;

    public int SiloGatewayPort { get; private set; }

    public string ServiceId => Shared["Cluster:ServiceId"];

    public string ClusterId => Shared["Cluster:ClusterId"];

    /// <summary>Settings both processes share: cluster identity and storage.</summary>
    public IReadOnlyDictionary<string, string> Shared { get; }

    public HttpClient CreateClient() => new() { BaseAddress = ApiUrl, Timeout = TimeSpan.FromSeconds(120) };

    /// <param name="silo">silo settings over the deployment's own</param>
    /// <param name="api">gateway API settings over the deployment's own</param>
    public static async Task<Deployment> StartAsync(string name, string storageConnectionString, IReadOnlyDictionary<string, string> silo, IReadOnlyDictionary<string, string> api)
    {
        var shared = new Dictionary<string, string>
        {
            ["Cluster:ServiceId"] = UniqueNames.Id("svc-" + name),
            ["Cluster:ClusterId"] = UniqueNames.Id(name),
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:MembershipTable"] = UniqueNames.Table(name + "members"),
            ["Storage:MediaContainer"] = "media-" + Guid.NewGuid().ToString("N"),
        };
        var deployment = new Deployment(name, shared);
        try
        {
            await deployment.StartProcessesAsync(silo, api);
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    /// <summary>The value of a Prometheus sample of the silo's metrics (summed over the samples that match), or 0 when none.</summary>
    public async Task<double> SiloMetricAsync(string metric, string? labelContains = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var text = await http.GetStringAsync(SiloMetricsUrl);
        return PrometheusText.Sum(text, metric, labelContains);
    }

    public async ValueTask DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
    }

    private async Task StartProcessesAsync(IReadOnlyDictionary<string, string> silo, IReadOnlyDictionary<string, string> api)
    {
        SiloGatewayPort = LoopbackPorts.Unused();
        int metricsPort = LoopbackPorts.Unused();
        SiloMetricsUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{metricsPort}/metrics"));
        var siloSettings = new Dictionary<string, string>(Shared)
        {
            ["Silo:SiloPort"] = LoopbackPorts.Unused().ToString(CultureInfo.InvariantCulture),
            ["Silo:GatewayPort"] = SiloGatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Silo:Membership"] = "AzureTable",
            ["Storage:GrainStorage"] = "AzureTable",
            ["Storage:GrainStateTable"] = UniqueNames.Table(Name + "grains"),
            ["Metrics:Url"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{metricsPort}"),
        };
        Overlay(siloSettings, silo);
        Silo = HostProcess.Start(Name + " silo", BuiltOutput.Of("Silo", "Livepeer.Silo.dll"), siloSettings);
        await Silo.WaitUntilAsync("'Livepeer silo started' and its Orleans gateway port",
            async () => Silo.Output.Contains("Livepeer silo started", StringComparison.Ordinal) && await HostProcess.ListensAsync(SiloGatewayPort), StartTimeout);

        int apiPort = LoopbackPorts.Unused();
        ApiUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{apiPort}/"));
        var apiSettings = new Dictionary<string, string>(Shared)
        {
            ["GatewayApi:Url"] = ApiUrl.ToString().TrimEnd('/'),
            ["OrleansClient:Membership"] = "AzureTable",
            ["OrleansClient:GatewayPort"] = SiloGatewayPort.ToString(CultureInfo.InvariantCulture),
            ["OrleansClient:ConnectRetryDelay"] = "00:00:00.500",
            ["ApiKeys:Table"] = UniqueNames.Table(Name + "keys"),
        };
        Overlay(apiSettings, api);
        Api = HostProcess.Start(Name + " gateway API", BuiltOutput.Of("Gateway.Api", "Livepeer.Gateway.Api.dll"), apiSettings);
        using var http = new HttpClient { BaseAddress = ApiUrl, Timeout = TimeSpan.FromSeconds(10) };
        await Api.WaitUntilAsync("200 from GET /readyz", async () =>
        {
            try
            {
                using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative));
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, StartTimeout);
    }

    private static void Overlay(Dictionary<string, string> settings, IReadOnlyDictionary<string, string> over)
    {
        foreach (var (key, value) in over)
        {
            settings[key] = value;
        }
    }
}
