using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A ReserveClaimed log: <c>Claimant</c> took <c>Amount</c> wei from the holder's reserve.</summary>
public sealed record ReserveClaimedLog(EthAddress ReserveHolder, EthAddress Claimant, BigInteger Amount);
