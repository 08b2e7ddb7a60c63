using System.Net;
using Grpc.Net.Client;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Wire.Tests.Infrastructure;

/// <summary>A bare HTTP/2 and gRPC client of the wire endpoints that trusts their self-signed certificate, for building requests by hand.</summary>
public sealed class WireClient : IDisposable
{
    private readonly GrpcChannel _channel;

    public WireClient(Uri wireUrl)
    {
        BaseAddress = wireUrl;
        var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } };
        Http = new HttpClient(handler) { BaseAddress = wireUrl, DefaultRequestVersion = HttpVersion.Version20, Timeout = TimeSpan.FromSeconds(60) };
        _channel = GrpcChannel.ForAddress(wireUrl, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } } });
        Orchestrator = new Orchestrator.OrchestratorClient(_channel);
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public Orchestrator.OrchestratorClient Orchestrator { get; }

    public Task<OrchestratorInfo> GetOrchestratorAsync(EthKey sender, Capabilities? capabilities = null) =>
        Orchestrator.GetOrchestratorAsync(OrchestratorRequestSignature.Create(sender, capabilities)).ResponseAsync;

    /// <summary>POSTs to <paramref name="route"/> with the two payment headers (either may be null: left out).</summary>
    public async Task<(HttpStatusCode Status, byte[] Body)> PostAsync(string route, string? payment, string? segment, byte[] body, string contentType = "video/MP2T")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Version = HttpVersion.Version20, Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (payment is not null)
        {
            request.Headers.TryAddWithoutValidation("Livepeer-Payment", payment);
        }
        if (segment is not null)
        {
            request.Headers.TryAddWithoutValidation("Livepeer-Segment", segment);
        }
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose()
    {
        _channel.Dispose();
        Http.Dispose();
    }
}
