using System.Numerics;
using System.Text.Json;

namespace Livepeer.Chain.JsonRpc;

/// <summary>eth_feeHistory: base fees of the blocks asked for (plus the next one), and the priority-fee percentiles per block.</summary>
public sealed record FeeHistory(
    long OldestBlock,
    IReadOnlyList<BigInteger> BaseFeePerGas,
    IReadOnlyList<double> GasUsedRatio,
    IReadOnlyList<IReadOnlyList<BigInteger>> Reward)
{
    internal static FeeHistory FromJson(JsonElement history, string context)
    {
        var baseFees = JsonFields.Array(history, "baseFeePerGas", context).EnumerateArray()
            .Select((f, i) => RpcHex.ParseQuantity(f.ValueKind == JsonValueKind.String ? f.GetString() : null, $"{context}.baseFeePerGas[{i}]"))
            .ToArray();
        var ratios = JsonFields.Array(history, "gasUsedRatio", context).EnumerateArray()
            .Select((r, i) => r.ValueKind == JsonValueKind.Number ? r.GetDouble() : throw new FormatException($"{context}.gasUsedRatio[{i}] must be a number"))
            .ToArray();
        IReadOnlyList<IReadOnlyList<BigInteger>> rewards = [];
        if (history.TryGetProperty("reward", out var reward) && reward.ValueKind == JsonValueKind.Array)
        {
            rewards = [.. reward.EnumerateArray().Select((block, b) => (IReadOnlyList<BigInteger>)[.. (block.ValueKind == JsonValueKind.Array
                    ? block.EnumerateArray()
                    : throw new FormatException($"{context}.reward[{b}] must be an array"))
                .Select((r, i) => RpcHex.ParseQuantity(r.ValueKind == JsonValueKind.String ? r.GetString() : null, $"{context}.reward[{b}][{i}]"))])];
        }
        return new FeeHistory(RpcHex.ParseInt64(JsonFields.RequiredString(history, "oldestBlock", context), $"{context}.oldestBlock"), baseFees, ratios, rewards);
    }
}
