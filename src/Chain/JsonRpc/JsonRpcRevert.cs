using System.Text.Json;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts;

namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// Recognises a revert among JSON-RPC errors and recovers its reason. Nodes differ in the shape:
/// geth / Nitro / anvil answer code 3, "execution reverted: ...", data = revert bytes; ganache
/// answers "VM Exception while processing transaction: revert ...", with data = revert bytes
/// (eth_call) or an object whose "result" holds them (eth_estimateGas); some proxies nest the
/// original error. The revert bytes win when present, decoded with <see cref="RevertReason"/>.
/// </summary>
public static class JsonRpcRevert
{
    private static readonly string[] MessagePrefixes =
    [
        "execution reverted: ",
        "VM Exception while processing transaction: revert ",
        "reverted with reason string ",
    ];

    public static bool IsRevert(JsonRpcError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code == JsonRpcError.RevertCode || MentionsRevert(error.Message) || NestedRevert(error.Data);
    }

    /// <summary>The exception for a revert error: the decoded revert data, else the reason in the message, else an empty revert.</summary>
    public static ContractRevertException ToException(JsonRpcError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var data = RevertData(error.Data);
        if (data is not null && data.Length > 0)
        {
            return RevertReason.Decode(data).ToException();
        }
        foreach (var prefix in MessagePrefixes)
        {
            int at = error.Message.IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var reason = error.Message[(at + prefix.Length)..].Trim().Trim('\'', '"');
                if (reason.Length > 0)
                {
                    return new ContractRevertException(reason);
                }
            }
        }
        return RevertReason.Decode([]).ToException();
    }

    /// <summary>The revert bytes inside an error's data, wherever this node put them; null when there are none.</summary>
    public static byte[]? RevertData(JsonElement? data)
    {
        if (data is not { } element)
        {
            return null;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var text = element.GetString();
                return text is not null && text.StartsWith("0x", StringComparison.Ordinal) && TryParse(text, out var bytes) ? bytes : null;
            case JsonValueKind.Object:
                foreach (var name in new[] { "data", "result", "originalError" })
                {
                    if (element.TryGetProperty(name, out var inner) && RevertData(inner) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static bool MentionsRevert(string? message) => message is not null && message.Contains("revert", StringComparison.OrdinalIgnoreCase);

    // Proxies that wrap the node's answer keep it under data.originalError.
    private static bool NestedRevert(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("originalError", out var original)
        && original.ValueKind == JsonValueKind.Object
        && ((original.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt64(out var c) && c == JsonRpcError.RevertCode)
            || (original.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String && MentionsRevert(message.GetString()))
            || NestedRevert(original.TryGetProperty("data", out var inner) ? inner : null));

    private static bool TryParse(string text, out byte[] bytes)
    {
        try
        {
            bytes = RpcHex.ParseData(text, "revert data");
            return true;
        }
        catch (FormatException)
        {
            // Not hex after all (some nodes put prose in data); the message is used instead.
            bytes = [];
            return false;
        }
    }
}
