using Microsoft.Extensions.Logging;

namespace Livepeer.Chain.Sending;

internal static partial class SendingLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Sent {Label} {TransactionHash} from {Account} nonce {Nonce} gas limit {GasLimit} ({Fees})")]
    public static partial void Sent(ILogger logger, string label, string transactionHash, string account, ulong nonce, ulong gasLimit, string fees);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning,
        Message = "The node refused nonce {Nonce} of {Account} for {Label} ({Reason}); re-reading the nonce and sending again")]
    public static partial void NonceRejected(ILogger logger, string label, string account, ulong nonce, string reason);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Debug, Message = "Next nonce of {Account} read from the node: {Nonce}")]
    public static partial void NonceSynced(ILogger logger, string account, ulong nonce);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Debug, Message = "{Endpoint} has no priority-fee suggestion ({Reason}); falling back")]
    public static partial void PriorityFeeFallback(ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Debug,
        Message = "Simulating {Label} reverted ({Reason}), but the node's gas estimate for the next block passes; sending")]
    public static partial void SimulationOverruled(ILogger logger, string label, string reason);
}
