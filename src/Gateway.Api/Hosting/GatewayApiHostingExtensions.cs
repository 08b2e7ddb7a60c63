using Livepeer.Gateway.Api.Admin;
using Livepeer.Gateway.Api.Diagnostics;
using Livepeer.Gateway.Api.Health;
using Livepeer.Gateway.Api.Options;
using Livepeer.Gateway.Api.Wire;

namespace Livepeer.Gateway.Api.Hosting;

public static class GatewayApiHostingExtensions
{
    /// <summary>Services of the gateway API: validated options, listen address, Orleans client, health checks, admin access.</summary>
    public static WebApplicationBuilder AddGatewayApi(this WebApplicationBuilder builder)
    {
        var api = builder.Configuration.GetValidated(GatewayApiOptions.SectionName, new GatewayApiOptionsValidator());
        builder.Services.AddValidatedOptions<GatewayApiOptions, GatewayApiOptionsValidator>(builder.Configuration, GatewayApiOptions.SectionName);
        builder.Services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(builder.Configuration, AdminOptions.SectionName);
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
        return builder;
    }

    /// <summary>Routes of the gateway API.</summary>
    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapAdminEndpoints();
        app.MapOrchestratorWire();
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.Listening(string.Join(", ", app.Urls)));
        return app;
    }
}
