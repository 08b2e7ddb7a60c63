using Livepeer.Grains.Abstractions.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Orleans.Dashboard;

namespace Livepeer.Gateway.Api.Observability;

public static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";
    public const string DashboardPath = "/dashboard";

    /// <summary>
    /// OpenTelemetry metrics for <c>GET /metrics</c>: the <c>Livepeer</c> meter as recorded in this process,
    /// the Orleans client's meter, ASP.NET Core's and the .NET runtime's. Each silo serves its own at
    /// <c>Metrics:Url</c>; Prometheus scrapes every process (docs/operations.md).
    /// </summary>
    public static IHostApplicationBuilder AddGatewayTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("livepeer-gateway-api"))
            .WithMetrics(metrics => metrics
            .AddMeter(LivepeerMetrics.Meter.Name)
            .AddMeter("Microsoft.Orleans")
            .AddMeter("Microsoft.AspNetCore.Hosting")
            .AddMeter("Microsoft.AspNetCore.Server.Kestrel")
            .AddMeter("System.Runtime")
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>The Orleans client side of the dashboard (its grains and statistics run in the silos).</summary>
    public static IClientBuilder AddGatewayDashboard(this IClientBuilder client) => client.AddDashboard();

    /// <summary>
    /// <c>GET /metrics</c> and the Orleans Dashboard at <c>/dashboard/</c>, both for operators only: loopback
    /// callers (an SSH tunnel, a scraper on the VM), or others with the admin bearer token.
    /// </summary>
    public static WebApplication MapObservabilityEndpoints(this WebApplication app)
    {
        app.UseOperatorOnly(MetricsPath, DashboardPath);
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        app.MapOrleansDashboard(routePrefix: DashboardPath);
        return app;
    }
}
