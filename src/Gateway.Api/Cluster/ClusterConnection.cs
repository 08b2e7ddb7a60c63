using Livepeer.Gateway.Api.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Cluster;

/// <summary>What the gateway knows about its link to the cluster: connected yet, attempts so far, last failure.</summary>
public sealed class ClusterConnection(IOptions<ClusterIdentityOptions> cluster, IOptions<OrleansClientOptions> client)
{
    private readonly Lock _gate = new();
    private bool _connected;
    private int _failedAttempts;
    private string? _lastError;

    public bool IsConnected
    {
        get { lock (_gate) { return _connected; } }
    }

    /// <summary>Where the client connects, for log lines and error messages.</summary>
    public string Target => $"gateway 127.0.0.1:{client.Value.GatewayPort}, service '{cluster.Value.ServiceId}', cluster '{cluster.Value.ClusterId}'";

    /// <returns>The number of failed attempts so far, this one included.</returns>
    public int RecordFailure(Exception exception)
    {
        lock (_gate)
        {
            _lastError = $"{exception.GetType().Name}: {exception.Message}";
            return ++_failedAttempts;
        }
    }

    public void MarkConnected()
    {
        lock (_gate)
        {
            _connected = true;
            _lastError = null;
        }
    }

    /// <summary>Why the client is not connected, in words for a 503 body.</summary>
    public string DescribeNotConnected()
    {
        lock (_gate)
        {
            return _failedAttempts == 0
                ? $"Orleans client is still connecting to the cluster ({Target})."
                : $"Orleans client is not connected to the cluster ({Target}) after {_failedAttempts} failed attempt(s); last error: {_lastError}";
        }
    }
}
