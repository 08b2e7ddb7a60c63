using Microsoft.Extensions.Logging;

namespace Livepeer.Media.Inference;

internal static partial class InferenceLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Inference runs on the CUDA execution provider (device {DeviceId})")]
    public static partial void CudaEnabled(ILogger logger, int deviceId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "CUDA execution provider unavailable ({Reason}); inference runs on CPU")]
    public static partial void CudaUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Inference runs on CPU (Inference:UseCuda is false)")]
    public static partial void CpuByChoice(ILogger logger);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Loaded {Pipeline}/{ModelId} ({Kind}{DefaultMark}) on {Provider} in {Milliseconds} ms, capacity {Capacity}")]
    public static partial void ModelLoaded(ILogger logger, string pipeline, string modelId, string kind, string defaultMark, string provider, long milliseconds, int capacity);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Debug, Message = "{Pipeline}/{ModelId}: {Units} units in {Milliseconds} ms")]
    public static partial void Ran(ILogger logger, string pipeline, string modelId, long units, double milliseconds);
}
