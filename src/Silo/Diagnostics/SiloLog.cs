namespace Livepeer.Silo.Diagnostics;

internal static partial class SiloLog
{
    // ./run.sh waits for this line: keep "Livepeer silo started" at the start of the message.
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Livepeer silo started: service {ServiceId}, cluster {ClusterId}, silo port {SiloPort}, gateway port {GatewayPort}, gpu={Gpu}")]
    public static partial void SiloStarted(this ILogger logger, string serviceId, string clusterId, int siloPort, int gatewayPort, bool gpu);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Livepeer silo stopping")]
    public static partial void SiloStopping(this ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Silo metrics: GET {Url}/metrics (Prometheus)")]
    public static partial void MetricsListening(this ILogger logger, string url);
}
