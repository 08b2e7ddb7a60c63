using Microsoft.Extensions.Logging;

namespace Livepeer.Chain.Network;

internal static partial class LivepeerChainLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "Livepeer {Network}: Controller {Controller} resolves TicketBroker {TicketBroker}, RoundsManager {RoundsManager}, BondingManager {BondingManager}, ServiceRegistry {ServiceRegistry}")]
    public static partial void Resolved(ILogger logger, string network, string controller, string ticketBroker, string roundsManager, string bondingManager, string serviceRegistry);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning,
        Message = "Livepeer {Network}: the Controller resolves {Name} to {Actual}, not the expected {Expected}; using the Controller's answer")]
    public static partial void UnexpectedContract(ILogger logger, string network, string name, string actual, string expected);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information,
        Message = "Livepeer {Network}: connected to chain {ChainId} at {Endpoint}{SignerText}")]
    public static partial void Connected(ILogger logger, string network, long chainId, string endpoint, string signerText);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information,
        Message = "Redeemed a winning ticket from {Sender} in {TransactionHash} (block {BlockNumber}): paid {Amount} wei")]
    public static partial void Redeemed(ILogger logger, string sender, string transactionHash, long blockNumber, string amount);
}
