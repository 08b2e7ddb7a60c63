using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>An Unlock log: the sender's funds become withdrawable at <c>EndRound</c>.</summary>
public sealed record UnlockLog(EthAddress Sender, long StartRound, long EndRound);
