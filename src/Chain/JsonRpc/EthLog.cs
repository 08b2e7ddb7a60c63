using Microsoft.Extensions.Logging;

namespace Livepeer.Chain.JsonRpc;

internal static partial class EthLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Polling for the receipt of {TransactionHash} failed, polling again: {Reason}")]
    public static partial void ReceiptPollFailed(ILogger logger, string transactionHash, string reason);
}
