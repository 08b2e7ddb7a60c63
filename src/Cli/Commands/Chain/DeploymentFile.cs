using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>The fields of `lpctl devchain deploy --out` JSON that the chain commands use.</summary>
internal sealed record DeploymentFile(EthAddress Controller, long ChainId, EthAddress Gateway, EthAddress Orchestrator);
