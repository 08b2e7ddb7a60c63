using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// The two hex encodings of the Ethereum JSON-RPC API. A QUANTITY is "0x" + lower-case hex without
/// leading zeros ("0x0" for zero); DATA is "0x" + two hex digits per byte ("0x" when empty). Parsing
/// is strict, so a node that answers out of spec is noticed instead of misread; every error names
/// the field and quotes the text.
/// </summary>
public static class RpcHex
{
    public static string Quantity(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a JSON-RPC quantity cannot be negative");
        }
        return value.IsZero ? "0x0" : "0x" + value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
    }

    public static string Quantity(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return "0x" + value.ToString("x", CultureInfo.InvariantCulture);
    }

    public static string Quantity(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    public static string Data(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    public static BigInteger ParseQuantity(string? text, string field = "quantity")
    {
        var digits = QuantityDigits(text, field);
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits)
        {
            value = (value << 4) | HexValue(c);
        }
        return value;
    }

    public static long ParseInt64(string? text, string field = "quantity")
    {
        var value = ParseQuantity(text, field);
        return value <= long.MaxValue ? (long)value : throw new FormatException($"{field}: {text} does not fit in a signed 64-bit integer");
    }

    public static ulong ParseUInt64(string? text, string field = "quantity")
    {
        var value = ParseQuantity(text, field);
        return value <= ulong.MaxValue ? (ulong)value : throw new FormatException($"{field}: {text} does not fit in an unsigned 64-bit integer");
    }

    public static byte[] ParseData(string? text, string field = "data")
    {
        if (text is null)
        {
            throw new FormatException($"{field}: hex data is missing");
        }
        if (!text.StartsWith("0x", StringComparison.Ordinal))
        {
            throw new FormatException($"{field}: hex data must start with \"0x\", got '{Quote(text)}'");
        }
        var hex = text.AsSpan(2);
        if (hex.Length % 2 != 0)
        {
            throw new FormatException($"{field}: hex data must have an even number of digits, got {hex.Length} in '{Quote(text)}'");
        }
        for (int i = 0; i < hex.Length; i++)
        {
            if (!char.IsAsciiHexDigit(hex[i]))
            {
                throw new FormatException($"{field}: '{hex[i]}' at position {i + 2} is not a hex digit in '{Quote(text)}'");
            }
        }
        return Convert.FromHexString(hex);
    }

    /// <summary>DATA of exactly <paramref name="length"/> bytes.</summary>
    public static byte[] ParseFixedData(string? text, int length, string field)
    {
        var bytes = ParseData(text, field);
        return bytes.Length == length ? bytes : throw new FormatException($"{field}: expected {length} bytes, got {bytes.Length} in '{Quote(text!)}'");
    }

    public static Hash32 ParseHash(string? text, string field = "hash") => new(ParseFixedData(text, Hash32.Length, field));

    public static EthAddress ParseAddress(string? text, string field = "address") => new(ParseFixedData(text, EthAddress.Length, field));

    private static ReadOnlySpan<char> QuantityDigits(string? text, string field)
    {
        if (text is null)
        {
            throw new FormatException($"{field}: hex quantity is missing");
        }
        if (!text.StartsWith("0x", StringComparison.Ordinal))
        {
            throw new FormatException($"{field}: hex quantity must start with \"0x\", got '{Quote(text)}'");
        }
        var digits = text.AsSpan(2);
        if (digits.IsEmpty)
        {
            throw new FormatException($"{field}: hex quantity \"0x\" has no digits (zero is \"0x0\")");
        }
        if (digits.Length > 1 && digits[0] == '0')
        {
            throw new FormatException($"{field}: hex quantity must not have leading zeros, got '{Quote(text)}'");
        }
        if (digits.Length > 64)
        {
            throw new FormatException($"{field}: hex quantity has {digits.Length} digits, more than a uint256 holds");
        }
        for (int i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiHexDigit(digits[i]))
            {
                throw new FormatException($"{field}: '{digits[i]}' at position {i + 2} is not a hex digit in '{Quote(text)}'");
            }
        }
        return digits;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // Error messages quote what the node sent; a huge blob would drown the message.
    private static string Quote(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
