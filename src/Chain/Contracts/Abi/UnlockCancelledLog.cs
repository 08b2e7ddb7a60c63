using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>An UnlockCancelled log.</summary>
public sealed record UnlockCancelledLog(EthAddress Sender);
