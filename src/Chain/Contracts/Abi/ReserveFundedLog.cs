using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A ReserveFunded log: the holder's reserve grew by <c>Amount</c> wei.</summary>
public sealed record ReserveFundedLog(EthAddress ReserveHolder, BigInteger Amount);
