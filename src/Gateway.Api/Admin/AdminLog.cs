namespace Livepeer.Gateway.Api.Admin;

internal static partial class AdminLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Admin: prices of {Orchestrator} set by {Caller}: base {BasePricePerPixel} wei/pixel, auto-adjust {AutoAdjust}, {CapabilityPrices} capability prices, {SenderPrices} sender prices (was base {PreviousBasePricePerPixel}, {PreviousEntries} other prices)")]
    public static partial void PricesSet(
        ILogger logger, string orchestrator, string caller, string basePricePerPixel, bool autoAdjust, int capabilityPrices, int senderPrices,
        string previousBasePricePerPixel, int previousEntries);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Admin: prices of {Orchestrator} from {Caller} refused: {Errors}")]
    public static partial void PricesRefused(ILogger logger, string orchestrator, string caller, string errors);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Admin: {Method} {Path} from {Caller} denied: {Reason}")]
    public static partial void AccessDenied(ILogger logger, string method, string path, string caller, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Admin: {Method} {Path}: {Reason}")]
    public static partial void ClusterCallFailed(ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "Admin: {Method} {Path} failed")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Admin: API key {KeyId} ('{Name}') {Change} by {Caller}")]
    public static partial void ApiKeyChanged(ILogger logger, string change, string keyId, string name, string caller);
}
