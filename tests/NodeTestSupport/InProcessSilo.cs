using System.Globalization;
using Livepeer.Protocol.Crypto;
using Livepeer.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Livepeer.NodeTestSupport;

/// <summary>
/// The real silo host (<see cref="SiloHostingExtensions.AddLivepeerSilo"/>) in this process: offchain, localhost
/// clustering, memory grain state, on free loopback ports, running <see cref="Orchestrator"/> as its node orchestrator.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private InProcessSilo(IHost host, EthAddress orchestrator, int gatewayPort, CapturingLoggerProvider logs)
    {
        Host = host;
        Orchestrator = orchestrator;
        GatewayPort = gatewayPort;
        Logs = logs;
    }

    public IHost Host { get; }

    public EthAddress Orchestrator { get; }

    /// <summary>The Orleans gateway port clients connect to.</summary>
    public int GatewayPort { get; }

    public CapturingLoggerProvider Logs { get; }

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    /// <param name="settings">more configuration, over the defaults above</param>
    /// <param name="services">more services, registered after the silo's own (so they replace them), e.g. an in-memory chain and the gateway signer</param>
    public static async Task<InProcessSilo> StartAsync(
        EthAddress orchestrator, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        int gatewayPort = LoopbackPorts.Unused();
        var configuration = new Dictionary<string, string?>
        {
            ["Silo:Membership"] = "Localhost",
            ["Silo:SiloPort"] = LoopbackPorts.Unused().ToString(CultureInfo.InvariantCulture),
            ["Silo:GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Storage:GrainStorage"] = "Memory",
            ["Chain:Network"] = "offchain",
            ["Orchestrator:Address"] = orchestrator.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = EmptyContentRoot() });
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.AddLivepeerSilo();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new InProcessSilo(host, orchestrator, gatewayPort, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    // No appsettings.json here: the hosts run on their option defaults plus the test's settings.
    internal static string EmptyContentRoot()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "in-process-node");
        Directory.CreateDirectory(path);
        return path;
    }
}
