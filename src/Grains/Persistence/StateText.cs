using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Persistence;

/// <summary>
/// Text forms of protocol values inside persisted grain state. State goes through the storage
/// provider's serializer (System.Text.Json by default), which knows nothing of big integers,
/// rationals or our structs; decimal and hex text round-trip exactly with any serializer.
/// </summary>
internal static class StateText
{
    public static string Of(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    public static BigInteger BigInt(string? text) =>
        string.IsNullOrEmpty(text) ? BigInteger.Zero : BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static string Of(BigRational value) => value.ToString();

    public static BigRational Rational(string? text) => string.IsNullOrEmpty(text) ? BigRational.Zero : BigRational.Parse(text);

    public static string Of(Hash32 value) => value.ToString();

    public static Hash32 Hash(string? text) => string.IsNullOrEmpty(text) ? Hash32.Zero : Hash32.Parse(text);

    public static string Of(EthAddress value) => value.ToLowerHex();

    public static EthAddress Address(string text) => EthAddress.Parse(text);

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    public static byte[] Bytes(string? text) => string.IsNullOrEmpty(text) ? [] : Convert.FromHexString(text);

    /// <summary>Block numbers from the wire are uint256; a value beyond a long is "never" for our purposes.</summary>
    public static long ClampToLong(BigInteger value) => value > long.MaxValue ? long.MaxValue : value < long.MinValue ? long.MinValue : (long)value;
}
