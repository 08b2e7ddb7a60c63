using System.Globalization;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>A sent transaction had no receipt within the wait. It may still be mined later; its nonce stays used.</summary>
public sealed class TransactionNotMinedException(Hash32 transactionHash, TimeSpan waited)
    : Exception($"transaction {transactionHash} was not mined within {waited.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s; it may still be mined later")
{
    public Hash32 TransactionHash { get; } = transactionHash;

    public TimeSpan Waited { get; } = waited;
}
