using Livepeer.Chain.Network;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>The chain a command talks to, resolved from the common options: where, which contracts, which accounts.</summary>
public sealed record ChainSettings(
    string Network,
    LivepeerChainOptions ChainOptions,
    EthKey? GatewayKey,
    EthAddress Gateway,
    EthAddress Orchestrator);
