using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Network;

/// <summary>Where the Livepeer contracts live: the Controller, the proxies it resolves, and the optional AI ServiceRegistry (chain.md §1, §5, §7).</summary>
public sealed record LivepeerContractAddresses(
    EthAddress Controller,
    EthAddress TicketBroker,
    EthAddress RoundsManager,
    EthAddress BondingManager,
    EthAddress ServiceRegistry,
    EthAddress? AiServiceRegistry);
