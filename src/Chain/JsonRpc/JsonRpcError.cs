using System.Text.Json;

namespace Livepeer.Chain.JsonRpc;

/// <summary>The error object of a JSON-RPC response: code, message and the optional data (revert data, for reverts).</summary>
public sealed record JsonRpcError(long Code, string Message, JsonElement? Data)
{
    /// <summary>geth's code for "execution reverted" (EIP-1474 leaves it open; geth, Nitro, anvil and hardhat use 3).</summary>
    public const long RevertCode = 3;

    /// <summary>The standard "method not found" code.</summary>
    public const long MethodNotFoundCode = -32601;

    public override string ToString() => Data is { } data ? $"{Message} (code {Code}, data {data.GetRawText()})" : $"{Message} (code {Code})";
}
