using System.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts;

/// <summary>A mined redemption: its transaction, the amount the recipient was paid, and the gas it used.</summary>
public sealed record RedemptionReceipt(Hash32 TransactionHash, BigInteger AmountPaid, long BlockNumber);
