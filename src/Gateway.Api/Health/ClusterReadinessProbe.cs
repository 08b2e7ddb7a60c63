using Livepeer.Gateway.Api.Cluster;
using Livepeer.Gateway.Api.Diagnostics;
using Livepeer.Gateway.Api.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Health;

/// <summary>Ready means: the client is connected and the cluster answers a management call in time.</summary>
public sealed class ClusterReadinessProbe(
    IClusterClient client,
    ClusterConnection connection,
    IOptions<OrleansClientOptions> options,
    ILogger<ClusterReadinessProbe> logger)
{
    public async Task<ReadinessResponse> CheckAsync(CancellationToken cancellationToken)
    {
        if (!connection.IsConnected)
        {
            return ReadinessResponse.Unavailable(connection.DescribeNotConnected());
        }
        var timeout = options.Value.ReadinessTimeout;
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(timeout, cancellationToken);
            return hosts.Count > 0
                ? ReadinessResponse.Ready(hosts.Count)
                : Unavailable($"the cluster ({connection.Target}) reports no active silo.");
        }
        catch (TimeoutException)
        {
            return Unavailable($"the cluster ({connection.Target}) did not answer within {timeout.TotalSeconds:0.###} s.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return Unavailable($"cluster check failed ({connection.Target}): {ex.GetType().Name}: {ex.Message}");
        }
    }

    private ReadinessResponse Unavailable(string reason)
    {
        logger.ReadinessFailed(reason);
        return ReadinessResponse.Unavailable(reason);
    }
}
