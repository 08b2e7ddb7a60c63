using System.Text.Json;
using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>One log of eth_getLogs or of a receipt. Pending logs have no block or position yet.</summary>
public sealed record LogEntry(
    EthAddress Address,
    IReadOnlyList<Hash32> Topics,
    ReadOnlyMemory<byte> Data,
    long? BlockNumber,
    Hash32? BlockHash,
    Hash32? TransactionHash,
    long? LogIndex,
    bool Removed)
{
    /// <summary>The topics and data, for <see cref="AbiEvent.Decode"/> and the LivepeerAbi log decoders.</summary>
    public EventLog ToEventLog() => new(Topics, Data.Span);

    /// <summary>True when this log is <paramref name="abiEvent"/> (topic0 matches).</summary>
    public bool Is(AbiEvent abiEvent)
    {
        ArgumentNullException.ThrowIfNull(abiEvent);
        return Topics.Count > 0 && Topics[0] == abiEvent.Topic0;
    }

    internal static LogEntry FromJson(JsonElement log, string context)
    {
        var topics = JsonFields.Array(log, "topics", context).EnumerateArray()
            .Select((t, i) => RpcHex.ParseHash(t.ValueKind == JsonValueKind.String ? t.GetString() : null, $"{context}.topics[{i}]"))
            .ToArray();
        if (topics.Length > 4)
        {
            throw new FormatException($"{context} has {topics.Length} topics; a log has at most 4");
        }
        bool removed = log.TryGetProperty("removed", out var r) && r.ValueKind == JsonValueKind.True;
        return new LogEntry(
            JsonFields.Address(log, "address", context),
            topics,
            JsonFields.Data(log, "data", context),
            JsonFields.OptionalInt64(log, "blockNumber", context),
            JsonFields.OptionalHash(log, "blockHash", context),
            JsonFields.OptionalHash(log, "transactionHash", context),
            JsonFields.OptionalInt64(log, "logIndex", context),
            removed);
    }
}
