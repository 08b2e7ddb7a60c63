using System.Text.Json.Nodes;

namespace Livepeer.Chain.JsonRpc;

/// <summary>The block parameter of eth_call, eth_getBalance, ...: a number or one of the named tags.</summary>
public readonly record struct BlockTag
{
    private readonly string? _wire;

    private BlockTag(string wire) => _wire = wire;

    public static BlockTag Latest { get; } = new("latest");

    /// <summary>Latest plus the node's pending transactions (eth_getTransactionCount for the next nonce).</summary>
    public static BlockTag Pending { get; } = new("pending");

    public static BlockTag Earliest { get; } = new("earliest");

    public static BlockTag Safe { get; } = new("safe");

    public static BlockTag Finalized { get; } = new("finalized");

    /// <summary>The wire form: "latest" (also for default) or a hex quantity.</summary>
    public string Wire => _wire ?? "latest";

    public static BlockTag Number(long blockNumber) => new(RpcHex.Quantity(blockNumber));

    public static implicit operator BlockTag(long blockNumber) => Number(blockNumber);

    public JsonNode ToJson() => JsonValue.Create(Wire);

    public override string ToString() => Wire;
}
