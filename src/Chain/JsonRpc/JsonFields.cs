using System.Numerics;
using System.Text.Json;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>Strict readers for the fields of JSON-RPC result objects; every failure is a <see cref="FormatException"/> naming the field.</summary>
internal static class JsonFields
{
    public static string? OptionalString(JsonElement obj, string name, string context)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{context} must be a JSON object, got {obj.ValueKind}");
        }
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"{context}.{name} must be a string, got {value.ValueKind} {value.GetRawText()}");
    }

    public static string RequiredString(JsonElement obj, string name, string context) =>
        OptionalString(obj, name, context) ?? throw new FormatException($"{context}.{name} is missing");

    public static BigInteger Quantity(JsonElement obj, string name, string context) =>
        RpcHex.ParseQuantity(RequiredString(obj, name, context), $"{context}.{name}");

    public static BigInteger? OptionalQuantity(JsonElement obj, string name, string context) =>
        OptionalString(obj, name, context) is { } text ? RpcHex.ParseQuantity(text, $"{context}.{name}") : null;

    public static long Int64(JsonElement obj, string name, string context) =>
        RpcHex.ParseInt64(RequiredString(obj, name, context), $"{context}.{name}");

    public static long? OptionalInt64(JsonElement obj, string name, string context) =>
        OptionalString(obj, name, context) is { } text ? RpcHex.ParseInt64(text, $"{context}.{name}") : null;

    public static Hash32 Hash(JsonElement obj, string name, string context) =>
        RpcHex.ParseHash(RequiredString(obj, name, context), $"{context}.{name}");

    public static Hash32? OptionalHash(JsonElement obj, string name, string context) =>
        OptionalString(obj, name, context) is { } text ? RpcHex.ParseHash(text, $"{context}.{name}") : null;

    public static EthAddress Address(JsonElement obj, string name, string context) =>
        RpcHex.ParseAddress(RequiredString(obj, name, context), $"{context}.{name}");

    public static EthAddress? OptionalAddress(JsonElement obj, string name, string context) =>
        OptionalString(obj, name, context) is { } text ? RpcHex.ParseAddress(text, $"{context}.{name}") : null;

    public static byte[] Data(JsonElement obj, string name, string context) =>
        RpcHex.ParseData(RequiredString(obj, name, context), $"{context}.{name}");

    public static JsonElement Array(JsonElement obj, string name, string context)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value))
        {
            throw new FormatException($"{context}.{name} is missing");
        }
        return value.ValueKind == JsonValueKind.Array ? value : throw new FormatException($"{context}.{name} must be an array, got {value.ValueKind}");
    }

    /// <summary>A result that is a bare string (eth_chainId, eth_call, ...).</summary>
    public static string ResultString(JsonElement result, string context) =>
        result.ValueKind == JsonValueKind.String
            ? result.GetString()!
            : throw new FormatException($"{context} result must be a string, got {result.ValueKind} {Short(result.GetRawText())}");

    private static string Short(string text) => text.Length <= 100 ? text : text[..97] + "...";
}
