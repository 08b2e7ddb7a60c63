using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A Withdrawal log: deposit and reserve paid out to the sender.</summary>
public sealed record WithdrawalLog(EthAddress Sender, BigInteger Deposit, BigInteger Reserve);
