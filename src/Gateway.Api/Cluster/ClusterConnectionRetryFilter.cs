using Livepeer.Gateway.Api.Diagnostics;
using Livepeer.Gateway.Api.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Cluster;

/// <summary>
/// Keeps trying to reach the cluster until the gateway stops, so the gateway can start before the silo
/// (Orleans's default gives up after a few attempts and fails start-up).
/// </summary>
internal sealed class ClusterConnectionRetryFilter(
    ClusterConnection connection,
    IOptions<OrleansClientOptions> options,
    ILogger<ClusterConnectionRetryFilter> logger) : IClientConnectionRetryFilter
{
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = connection.RecordFailure(exception);
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        var delay = options.Value.ConnectRetryDelay;
        logger.ClusterConnectRetry(attempt, connection.Target, exception.GetType().Name, exception.Message, delay);
        await Task.Delay(delay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return !cancellationToken.IsCancellationRequested;
    }
}
