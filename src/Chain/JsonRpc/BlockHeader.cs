using System.Numerics;
using System.Text.Json;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// The parts of an eth_getBlockByNumber block a node uses. <see cref="BaseFeePerGas"/> is present
/// after London (EIP-1559); <see cref="L1BlockNumber"/> only on Arbitrum, where contracts see it as
/// block.number (chain.md §3, pm-protocol.md §5.5).
/// </summary>
public sealed record BlockHeader(
    long Number,
    Hash32 Hash,
    Hash32 ParentHash,
    long Timestamp,
    long GasLimit,
    BigInteger? BaseFeePerGas,
    long? L1BlockNumber)
{
    /// <summary>The block number contracts see: the L1 number on Arbitrum, else this block's own.</summary>
    public long ContractBlockNumber => L1BlockNumber ?? Number;

    internal static BlockHeader FromJson(JsonElement block, string context) => new(
        JsonFields.Int64(block, "number", context),
        JsonFields.Hash(block, "hash", context),
        JsonFields.Hash(block, "parentHash", context),
        JsonFields.Int64(block, "timestamp", context),
        JsonFields.Int64(block, "gasLimit", context),
        JsonFields.OptionalQuantity(block, "baseFeePerGas", context),
        JsonFields.OptionalInt64(block, "l1BlockNumber", context));
}
