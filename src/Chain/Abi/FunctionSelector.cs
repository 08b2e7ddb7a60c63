using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Abi;

/// <summary>The first 4 bytes of keccak256 of a canonical function signature; <see cref="ToString"/> is "0x" + 8 hex digits.</summary>
public readonly struct FunctionSelector : IEquatable<FunctionSelector>
{
    public const int Length = 4;

    public FunctionSelector(uint value)
    {
        Value = value;
    }

    public FunctionSelector(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"a selector is 4 bytes, got {bytes.Length}", nameof(bytes));
        }
        Value = BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    public uint Value { get; }

    /// <summary>The selector of a canonical signature such as "getSenderInfo(address)" (no spaces, no names).</summary>
    public static FunctionSelector FromSignature(string canonicalSignature)
    {
        ArgumentNullException.ThrowIfNull(canonicalSignature);
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(Encoding.UTF8.GetBytes(canonicalSignature), hash);
        return new FunctionSelector(hash[..Length]);
    }

    /// <summary>The selector at the start of calldata or revert data, if there are at least 4 bytes.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out FunctionSelector selector)
    {
        selector = data.Length >= Length ? new FunctionSelector(data[..Length]) : default;
        return data.Length >= Length;
    }

    /// <summary>Parses "0x6caa736b" (prefix optional).</summary>
    public static FunctionSelector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (hex.Length != 8 || !uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value))
        {
            throw new FormatException($"a selector is 8 hex digits, got '{text}'");
        }
        return new FunctionSelector(value);
    }

    public void CopyTo(Span<byte> destination) => BinaryPrimitives.WriteUInt32BigEndian(destination, Value);

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    public override string ToString() => "0x" + Value.ToString("x8", CultureInfo.InvariantCulture);

    public bool Equals(FunctionSelector other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is FunctionSelector other && Equals(other);

    public override int GetHashCode() => (int)Value;

    public static bool operator ==(FunctionSelector left, FunctionSelector right) => left.Equals(right);

    public static bool operator !=(FunctionSelector left, FunctionSelector right) => !left.Equals(right);
}
