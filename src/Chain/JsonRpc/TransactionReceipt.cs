using System.Numerics;
using System.Text.Json;
using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>A mined transaction's eth_getTransactionReceipt: where it landed, whether it succeeded, its gas and its logs.</summary>
public sealed record TransactionReceipt(
    Hash32 TransactionHash,
    long BlockNumber,
    Hash32 BlockHash,
    EthAddress From,
    EthAddress? To,
    EthAddress? ContractAddress,
    bool Succeeded,
    ulong GasUsed,
    BigInteger? EffectiveGasPrice,
    IReadOnlyList<LogEntry> Logs)
{
    /// <summary>The logs of <paramref name="abiEvent"/> emitted by <paramref name="emitter"/>.</summary>
    public IEnumerable<LogEntry> LogsOf(EthAddress emitter, AbiEvent abiEvent)
    {
        ArgumentNullException.ThrowIfNull(abiEvent);
        return Logs.Where(log => log.Address == emitter && log.Is(abiEvent));
    }

    internal static TransactionReceipt FromJson(JsonElement receipt, string context)
    {
        var status = JsonFields.OptionalQuantity(receipt, "status", context)
            ?? throw new FormatException($"{context}.status is missing (receipts before Byzantium carry no status; this client needs it)");
        if (status > 1)
        {
            throw new FormatException($"{context}.status must be 0x0 or 0x1, got {RpcHex.Quantity(status)}");
        }
        var logs = JsonFields.Array(receipt, "logs", context).EnumerateArray()
            .Select((log, i) => LogEntry.FromJson(log, $"{context}.logs[{i}]"))
            .ToArray();
        return new TransactionReceipt(
            JsonFields.Hash(receipt, "transactionHash", context),
            JsonFields.Int64(receipt, "blockNumber", context),
            JsonFields.Hash(receipt, "blockHash", context),
            JsonFields.Address(receipt, "from", context),
            JsonFields.OptionalAddress(receipt, "to", context),
            JsonFields.OptionalAddress(receipt, "contractAddress", context),
            status == 1,
            RpcHex.ParseUInt64(JsonFields.RequiredString(receipt, "gasUsed", context), $"{context}.gasUsed"),
            JsonFields.OptionalQuantity(receipt, "effectiveGasPrice", context),
            logs);
    }
}
