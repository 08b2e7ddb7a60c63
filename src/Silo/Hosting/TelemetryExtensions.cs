using Livepeer.Silo.Diagnostics;
using OpenTelemetry.Metrics;

namespace Livepeer.Silo.Hosting;

public static class TelemetryExtensions
{
    /// <summary>OpenTelemetry metrics for our meter and Orleans's own; exporters are added per deployment.</summary>
    public static IHostApplicationBuilder AddLivepeerSiloTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiloMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SiloMetrics.MeterName)
            .AddMeter(Livepeer.Grains.Video.VideoMetrics.MeterName)
            .AddMeter("Microsoft.Orleans"));
        return builder;
    }
}
