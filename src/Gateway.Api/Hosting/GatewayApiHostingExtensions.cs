using Livepeer.AzureStorage.Blobs;
using Livepeer.Gateway.Api.Admin;
using Livepeer.Gateway.Api.Ai;
using Livepeer.Gateway.Api.ApiKeys;
using Livepeer.Gateway.Api.Diagnostics;
using Livepeer.Gateway.Api.Health;
using Livepeer.Gateway.Api.Observability;
using Livepeer.Gateway.Api.Options;
using Livepeer.Gateway.Api.Video;
using Livepeer.Gateway.Api.Wire;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Livepeer.Gateway.Api.Hosting;

public static class GatewayApiHostingExtensions
{
    /// <summary>Services of the gateway API: validated options, listen address, Orleans client, health checks, admin access, metrics, video push and playback (media store), AI routes.</summary>
    public static WebApplicationBuilder AddGatewayApi(this WebApplicationBuilder builder)
    {
        var api = builder.Configuration.GetValidated(GatewayApiOptions.SectionName, new GatewayApiOptionsValidator());
        builder.Services.AddValidatedOptions<GatewayApiOptions, GatewayApiOptionsValidator>(builder.Configuration, GatewayApiOptions.SectionName);
        builder.Services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(builder.Configuration, AdminOptions.SectionName);
        builder.Services.AddValidatedOptions<VideoOptions, VideoOptionsValidator>(builder.Configuration, VideoOptions.SectionName);
        builder.Services.AddSingleton<DefaultRenditions>();
        builder.Services.AddAzureBlobMediaStore(builder.Configuration);
        var wire = builder.AddOrchestratorWire();
        var wireOptions = builder.Configuration.GetValidated(OrchestratorWireOptions.SectionName, new OrchestratorWireOptionsValidator());
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var url = new Uri(api.Url);
            KestrelEndpoints.Listen(kestrel, url, endpoint =>
            {
                if (url.Scheme == Uri.UriSchemeHttps)
                {
                    endpoint.UseHttps();
                }
            });
            if (wireOptions.Enabled)
            {
                kestrel.ListenForWire(wireOptions, wire);
            }
        });

        builder.AddLivepeerOrleansClient();
        builder.Services.AddSingleton<ClusterReadinessProbe>();
        builder.AddGatewayTelemetry();
        builder.AddGatewayAi();
        return builder;
    }

    /// <summary>The AI routes: limits, results (in the media store <see cref="AddGatewayApi"/> registers), async results, optional API keys.</summary>
    public static WebApplicationBuilder AddGatewayAi(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<AiApiOptions, AiApiOptionsValidator>(builder.Configuration, AiApiOptions.SectionName);
        builder.Services.AddValidatedOptions<ApiKeyOptions, ApiKeyOptionsValidator>(builder.Configuration, ApiKeyOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<AiResponseBuilder>();
        builder.Services.AddSingleton<AiAsyncResults>();
        builder.Services.AddSingleton<AiRequestHandler>();
        return builder;
    }

    /// <summary>Routes of the gateway API: health, admin, /metrics and /dashboard, video push and HLS, API keys, AI.</summary>
    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapAdminEndpoints();
        app.MapObservabilityEndpoints();
        app.MapApiKeyEndpoints();
        app.MapAiEndpoints();
        app.MapPushEndpoints();
        app.MapPlaybackEndpoints();
        app.MapOrchestratorWire();
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.Listening(string.Join(", ", app.Urls)));
        return app;
    }
}
