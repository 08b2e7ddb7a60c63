namespace Livepeer.Gateway.Api.Diagnostics;

internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Connecting to the Orleans cluster ({Target})")]
    public static partial void ClusterConnecting(this ILogger logger, string target);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Cluster connection attempt {Attempt} failed ({Target}): {ErrorType}: {ErrorMessage}; retrying in {Delay}")]
    public static partial void ClusterConnectRetry(this ILogger logger, int attempt, string target, string errorType, string errorMessage, TimeSpan delay);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Connected to the Orleans cluster ({Target})")]
    public static partial void ClusterConnected(this ILogger logger, string target);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Readiness check failed: {Reason}")]
    public static partial void ReadinessFailed(this ILogger logger, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Livepeer gateway API listening on {Url}")]
    public static partial void Listening(this ILogger logger, string url);
}
