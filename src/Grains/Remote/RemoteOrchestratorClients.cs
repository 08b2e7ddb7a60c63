using System.Collections.Concurrent;
using System.Net;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Remote;

/// <summary>
/// The connections a gateway keeps to remote orchestrators: one gRPC channel per host and one HTTP client for
/// /segment, /payment, AI and downloads. Certificates are not verified, as go-livepeer does not (orchestrators
/// present self-signed ones; trust comes from discovery and the payment checks, pm-protocol.md §13.13). http://
/// URIs speak HTTP/2 with prior knowledge (h2c), https:// ones negotiate it.
/// </summary>
public sealed class RemoteOrchestratorClients : IDisposable
{
    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new(StringComparer.Ordinal);
    private readonly SocketsHttpHandler _grpcHandler;
    private readonly IOptions<RemoteOrchestratorOptions> _options;

    public RemoteOrchestratorClients(IOptions<RemoteOrchestratorOptions> options)
    {
        _options = options;
        _grpcHandler = NewHandler(options.Value.GrpcConnectTimeout);
        Http = new HttpClient(NewHandler(options.Value.HttpDialTimeout), disposeHandler: true)
        {
            // Each call sets its own deadline.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>For /segment, /payment, AI routes and downloads; use <see cref="NewRequest"/> for the HTTP version.</summary>
    public HttpClient Http { get; }

    /// <summary>The net.Orchestrator client for <paramref name="serviceUri"/> (only scheme, host and port are used, as go-livepeer dials uri.Host).</summary>
    public Protocol.Rpc.Orchestrator.OrchestratorClient Orchestrator(Uri serviceUri)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        var address = $"{serviceUri.Scheme}://{serviceUri.Authority}";
        var channel = _channels.GetOrAdd(address, a => GrpcChannel.ForAddress(a, new GrpcChannelOptions
        {
            HttpHandler = _grpcHandler,
            DisposeHttpClient = false,
            MaxReceiveMessageSize = 16 * 1024 * 1024,
        }));
        return new Protocol.Rpc.Orchestrator.OrchestratorClient(channel);
    }

    /// <summary>A request that speaks HTTP/2 as go-livepeer's client does: prior knowledge for http://, negotiated for https://.</summary>
    public static HttpRequestMessage NewRequest(HttpMethod method, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return new HttpRequestMessage(method, uri)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = uri.Scheme == Uri.UriSchemeHttp ? HttpVersionPolicy.RequestVersionExact : HttpVersionPolicy.RequestVersionOrLower,
        };
    }

    public RemoteOrchestratorOptions Options => _options.Value;

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
        _grpcHandler.Dispose();
        Http.Dispose();
    }

    private static SocketsHttpHandler NewHandler(TimeSpan connectTimeout) => new()
    {
        ConnectTimeout = connectTimeout,
        AllowAutoRedirect = false,
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    };
}
