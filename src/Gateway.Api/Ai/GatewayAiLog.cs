namespace Livepeer.Gateway.Api.Ai;

internal static partial class GatewayAiLog
{
    [LoggerMessage(EventId = 130, Level = LogLevel.Information,
        Message = "AI {RequestId} {Pipeline}/{Model}: done by {Orchestrator}, {Units} units, fee {Fee} wei (paid {Paid}), {Milliseconds:0.0} ms")]
    public static partial void Completed(ILogger logger, string requestId, string pipeline, string model, string orchestrator, string units, string fee, bool paid, double milliseconds);

    [LoggerMessage(EventId = 131, Level = LogLevel.Warning, Message = "AI {RequestId} {Pipeline}/{Model}: {Outcome}: {Error} ({Milliseconds:0.0} ms)")]
    public static partial void Failed(ILogger logger, string requestId, string pipeline, string model, string outcome, string error, double milliseconds);

    [LoggerMessage(EventId = 132, Level = LogLevel.Information, Message = "AI {RequestId} {Pipeline}: request refused: {Reason}")]
    public static partial void Refused(ILogger logger, string requestId, string pipeline, string reason);

    [LoggerMessage(EventId = 133, Level = LogLevel.Warning, Message = "AI {RequestId} {Pipeline}: cluster call failed: {Reason}")]
    public static partial void ClusterFailed(ILogger logger, string requestId, string pipeline, string reason);

    [LoggerMessage(EventId = 134, Level = LogLevel.Information, Message = "AI {RequestId} {Pipeline}: accepted to run in the background (Prefer: respond-async)")]
    public static partial void Accepted(ILogger logger, string requestId, string pipeline);

    [LoggerMessage(EventId = 135, Level = LogLevel.Error, Message = "AI {RequestId}: background request failed")]
    public static partial void AsyncFailed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(EventId = 136, Level = LogLevel.Error, Message = "AI {Method} {Path} failed")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method, string path);
}
