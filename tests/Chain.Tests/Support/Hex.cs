namespace Livepeer.Chain.Tests.Support;

/// <summary>Hex for test vectors: "0x" optional, whitespace and word separators ignored.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex)
    {
        var clean = new string([.. hex.Where(c => !char.IsWhiteSpace(c))]);
        if (clean.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            clean = clean[2..];
        }
        return Convert.FromHexString(clean);
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>A 32-byte word: the hex right-aligned (left-padded with zeros).</summary>
    public static string Word(string hex) => hex.PadLeft(64, '0');
}
