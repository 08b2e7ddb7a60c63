using Livepeer.Silo.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Diagnostics;

/// <summary>Logs when the silo is up (after Orleans has started) and when it begins to stop; keeps the active gauge.</summary>
internal sealed class SiloLifetimeMonitor(
    IHostApplicationLifetime lifetime,
    IOptions<ClusterIdentityOptions> cluster,
    IOptions<SiloOptions> silo,
    SiloMetrics metrics,
    ILogger<SiloLifetimeMonitor> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            metrics.SetActive(true);
            logger.SiloStarted(cluster.Value.ServiceId, cluster.Value.ClusterId, silo.Value.SiloPort, silo.Value.GatewayPort, silo.Value.Gpu);
        });
        lifetime.ApplicationStopping.Register(() =>
        {
            metrics.SetActive(false);
            logger.SiloStopping();
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
