using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Sending;

/// <summary>A transaction the node accepted: its hash, nonce, fees and the signed bytes.</summary>
public sealed record SentTransaction(Hash32 Hash, ulong Nonce, ulong GasLimit, FeeQuote Fees, SignedTransaction Signed);
