using Livepeer.NodeTestSupport;
using Livepeer.Silo.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Gateway.Api.Tests.Observability;

/// <summary>One real silo with its metrics endpoint on a free port and one gateway API, shared by the observability tests.</summary>
public sealed class ObservedNode : IAsyncLifetime
{
    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Api { get; private set; } = null!;

    /// <summary>http://127.0.0.1:port/ of the silo's own /metrics listener.</summary>
    public Uri SiloMetrics => Silo.Host.Services.GetRequiredService<MetricsEndpoint>().Address
        ?? throw new InvalidOperationException("the silo's metrics endpoint is off");

    public async Task InitializeAsync()
    {
        Silo = await InProcessSilo.StartAsync(AdminNode.RandomAddress(), new Dictionary<string, string?> { ["Metrics:Url"] = "http://127.0.0.1:0" });
        Api = await InProcessGatewayApi.StartAsync(Silo);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Silo.DisposeAsync();
    }
}
