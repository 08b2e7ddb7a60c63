using Microsoft.Extensions.Logging;

namespace Livepeer.Chain.JsonRpc;

internal static partial class JsonRpcLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "JSON-RPC {Method} to {Endpoint} failed on attempt {Attempt} of {Attempts}: {Reason}; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, string endpoint, int attempt, int attempts, string reason, long delayMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error,
        Message = "JSON-RPC {Method} to {Endpoint} failed after {Attempts} attempts: {Reason}")]
    public static partial void GaveUp(ILogger logger, string method, string endpoint, int attempts, string reason);
}
