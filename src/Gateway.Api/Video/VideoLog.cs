namespace Livepeer.Gateway.Api.Video;

internal static partial class VideoLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Push {Method} {Path} refused with {Status}: {Reason}")]
    public static partial void PushRefused(this ILogger logger, string method, string path, int status, string reason);

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Stream {Stream} segment {Sequence}: {Status} with {Renditions} renditions in {Milliseconds} ms")]
    public static partial void SegmentDone(this ILogger logger, string stream, long sequence, string status, int renditions, double milliseconds);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Stream {Stream} segment {Sequence} failed with {Status}: {Reason}")]
    public static partial void SegmentFailed(this ILogger logger, string stream, long sequence, int status, string reason);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "{Method} {Path}: the cluster did not answer: {Reason}")]
    public static partial void ClusterCallFailed(this ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 304, Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    public static partial void RequestFailed(this ILogger logger, Exception exception, string method, string path);
}
