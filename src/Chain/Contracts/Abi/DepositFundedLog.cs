using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A DepositFunded log: the sender's deposit grew by <c>Amount</c> wei.</summary>
public sealed record DepositFundedLog(EthAddress Sender, BigInteger Amount);
