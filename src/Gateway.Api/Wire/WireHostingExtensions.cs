using Livepeer.AzureStorage.Blobs;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Ai;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Livepeer.Gateway.Api.Wire;

public static class WireHostingExtensions
{
    /// <summary>
    /// The orchestrator wire endpoints when <c>OrchestratorWire:Enabled</c>: their Kestrel listener (TLS with the
    /// persisted self-signed certificate, or h2c), gRPC, the media store they serve outputs from, and their services.
    /// Returns the listener holder the API's own listener is configured beside.
    /// </summary>
    public static WireListener AddOrchestratorWire(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetValidated(OrchestratorWireOptions.SectionName, new OrchestratorWireOptionsValidator());
        var listener = new WireListener();
        builder.Services.AddSingleton(listener);
        builder.Services.AddValidatedOptions<OrchestratorWireOptions, OrchestratorWireOptionsValidator>(builder.Configuration, OrchestratorWireOptions.SectionName);
        if (!options.Enabled)
        {
            return listener;
        }
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp => new OrchestratorRequestProcessor(sp.GetRequiredService<IClusterClient>()));
        builder.Services.AddSingleton<NodeSigningKey>();
        builder.Services.AddSingleton<WireCapacity>();
        builder.Services.AddSingleton<WireOrchestrator>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, WirePortMatcherPolicy>());
        if (!builder.Services.Any(d => d.ServiceType == typeof(IMediaStore)))
        {
            builder.Services.AddAzureBlobMediaStore(builder.Configuration);
        }
        builder.Services.AddGrpc();
        return listener;
    }

    /// <summary>Binds the wire listener on <paramref name="kestrel"/> (call from ConfigureKestrel).</summary>
    public static void ListenForWire(this KestrelServerOptions kestrel, OrchestratorWireOptions options, WireListener listener)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(listener);
        var url = options.ListenUri;
        bool secure = url.Scheme == Uri.UriSchemeHttps;
        var certificate = secure ? WireCertificate.LoadOrCreate(options.DataDirectory, url.Host) : null;
        KestrelEndpoints.Listen(kestrel, url, endpoint =>
        {
            listener.Options = endpoint;
            listener.Secure = secure;
            if (secure)
            {
                endpoint.Protocols = HttpProtocols.Http1AndHttp2;
                endpoint.UseHttps(certificate!);
            }
            else
            {
                // Cleartext HTTP/2 needs prior knowledge, as go-livepeer's h2c mode and gRPC clients use it.
                endpoint.Protocols = HttpProtocols.Http2;
            }
        });
    }

    /// <summary>The wire routes: gRPC net.Orchestrator, /segment, /payment, the AI routes and /stream/wire/… media.</summary>
    public static WebApplication MapOrchestratorWire(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetValidated(OrchestratorWireOptions.SectionName, new OrchestratorWireOptionsValidator());
        if (!options.Enabled)
        {
            return app;
        }
        var marker = WireEndpointMarker.Instance;
        app.MapGrpcService<OrchestratorRpcService>().WithMetadata(marker);
        app.MapPost("/segment", SegmentEndpoint.ServeAsync).WithMetadata(marker);
        app.MapPost("/payment", PaymentEndpoint.ServeAsync).WithMetadata(marker);
        foreach (var pipeline in AiPipelines.All)
        {
            app.MapPost(pipeline.Route, (HttpContext context, WireOrchestrator orchestrator, WireCapacity capacity, IClusterClient cluster,
                    Microsoft.Extensions.Options.IOptions<OrchestratorWireOptions> wireOptions, ILoggerFactory loggers) =>
                    AiWireEndpoint.ServeAsync(context, pipeline, orchestrator, capacity, cluster, wireOptions, loggers))
                .WithMetadata(marker);
        }
        app.MapGet("/stream/{**path}", WireMediaEndpoint.GetAsync).WithMetadata(marker);
        return app;
    }
}
