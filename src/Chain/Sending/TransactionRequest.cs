using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Sending;

/// <summary>What to send: recipient (null deploys a contract), calldata, value, and optionally a fixed gas limit.</summary>
public sealed record TransactionRequest(EthAddress? To, ReadOnlyMemory<byte> Data)
{
    public BigInteger Value { get; init => field = value.Sign >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Value), value, "a transaction value cannot be negative"); }

    /// <summary>A gas limit to use as is instead of estimating one.</summary>
    public ulong? GasLimit { get; init; }

    /// <summary>What the transaction does, for logs (e.g. "redeemWinningTicket").</summary>
    public string Label { get; init; } = "transaction";
}
