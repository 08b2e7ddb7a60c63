using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Livepeer.Wire.Tests.Deployments;

/// <summary>
/// An Orleans client of one <see cref="Deployment"/>'s cluster, for the test to read what its grains hold (session
/// and receiver balances) exactly; the work itself goes through the deployments' HTTP APIs.
/// </summary>
public sealed class ClusterProbe : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterProbe(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<ClusterProbe> ConnectAsync(Deployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client.UseLocalhostClustering(deployment.SiloGatewayPort, deployment.ServiceId, deployment.ClusterId));
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterProbe(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
