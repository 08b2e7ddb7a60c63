using Livepeer.Gateway.Api.Diagnostics;

namespace Livepeer.Gateway.Api.Cluster;

/// <summary>
/// Starts the Orleans client in the background. Orleans registers its client as a hosted service whose
/// start blocks until a silo answers; run there, it would keep Kestrel from listening, so /healthz could
/// not answer and /readyz could not say why the gateway is not ready.
/// </summary>
internal sealed class ClusterClientConnector(
    DeferredHostedServices deferred,
    IServiceProvider services,
    ClusterConnection connection,
    ILogger<ClusterClientConnector> logger) : BackgroundService
{
    private readonly List<IHostedService> _started = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.ClusterConnecting(connection.Target);
        foreach (var service in deferred.Resolve(services))
        {
            await service.StartAsync(stoppingToken);
            lock (_started)
            {
                _started.Add(service);
            }
        }
        connection.MarkConnected();
        logger.ClusterConnected(connection.Target);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        IHostedService[] started;
        lock (_started)
        {
            started = [.. _started];
        }
        foreach (var service in started.Reverse())
        {
            await service.StopAsync(cancellationToken);
        }
    }
}
