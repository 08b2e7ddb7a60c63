using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Silo.Diagnostics;
using Livepeer.Silo.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Livepeer.Silo.Hosting;

public static class TelemetryExtensions
{
    /// <summary>Meters Orleans's own instruments report to.</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>
    /// OpenTelemetry metrics: the <c>Livepeer</c> meter (segments, tickets, balances, selection), this silo's
    /// <c>Livepeer.Silo</c> meter, Orleans's meter and the .NET runtime's; scraped at <c>Metrics:Url</c>/metrics.
    /// </summary>
    public static IHostApplicationBuilder AddLivepeerSiloTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<MetricsOptions, MetricsOptionsValidator>(builder.Configuration, MetricsOptions.SectionName);
        builder.Services.AddSingleton<SiloMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("livepeer-silo"))
            .WithMetrics(metrics => metrics
            .AddMeter(LivepeerMetrics.Meter.Name)
            .AddMeter(SiloMetrics.MeterName)
            .AddMeter(Livepeer.Grains.Video.VideoMetrics.MeterName)
            .AddMeter(OrleansMeterName)
            .AddMeter("System.Runtime")
            .AddPrometheusExporter());
        builder.Services.AddSingleton<MetricsEndpoint>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MetricsEndpoint>());
        return builder;
    }
}
