using System.Buffers.Binary;
using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// A 32-byte value (keccak hash, recipientRand, uint256 word). Held as four big-endian words so
/// equality, dictionary lookups and the unsigned comparison of the win test need no arrays.
/// <see cref="ToString"/> is go-ethereum's Hash.Hex(): "0x" + lower-case hex.
/// </summary>
public readonly struct Hash32 : IEquatable<Hash32>, IComparable<Hash32>
{
    public const int Length = 32;

    private readonly ulong _w0; // most significant
    private readonly ulong _w1;
    private readonly ulong _w2;
    private readonly ulong _w3;

    public static readonly Hash32 Zero;

    public Hash32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"a 32-byte value was expected, got {bytes.Length} bytes", nameof(bytes));
        }
        _w0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _w1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _w2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _w3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    public bool IsZero => (_w0 | _w1 | _w2 | _w3) == 0;

    /// <summary>keccak256(data).</summary>
    public static Hash32 Keccak(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[Length];
        Keccak256.Hash(data, hash);
        return new Hash32(hash);
    }

    /// <summary>The uint256 <paramref name="value"/> as a 32-byte big-endian word (pad32).</summary>
    public static Hash32 FromUInt256(BigInteger value)
    {
        Span<byte> word = stackalloc byte[Length];
        BigEndian.WritePad32(value, word);
        return new Hash32(word);
    }

    /// <summary>Parses 64 hex digits, "0x" optional.</summary>
    public static Hash32 Parse(string text)
    {
        if (!TryParse(text, out var value, out var error))
        {
            throw new FormatException(error);
        }
        return value;
    }

    public static bool TryParse(string? text, out Hash32 value, out string error)
    {
        value = default;
        if (text is null)
        {
            error = "32-byte hex value is missing";
            return false;
        }
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (hex.Length != 2 * Length)
        {
            error = $"a 32-byte value must be 64 hex digits, got {hex.Length}: '{text}'";
            return false;
        }
        Span<byte> bytes = stackalloc byte[Length];
        if (Convert.FromHexString(hex, bytes, out _, out int written) != System.Buffers.OperationStatus.Done || written != Length)
        {
            error = $"not a hex value: '{text}'";
            return false;
        }
        value = new Hash32(bytes);
        error = "";
        return true;
    }

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _w0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _w1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _w2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _w3);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>The value read as an unsigned big-endian integer.</summary>
    public BigInteger ToUInt256()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Lower-case hex without a prefix (the form the vectors use).</summary>
    public string ToHex()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>"0x" + lower-case hex, as go-ethereum's Hash.Hex().</summary>
    public override string ToString() => "0x" + ToHex();

    public bool Equals(Hash32 other) => _w0 == other._w0 && _w1 == other._w1 && _w2 == other._w2 && _w3 == other._w3;

    public override bool Equals(object? obj) => obj is Hash32 other && Equals(other);

    // Keccak output is uniform, so one word would do; folding all four keeps crafted inputs honest.
    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3);

    /// <summary>Unsigned big-endian (uint256) order.</summary>
    public int CompareTo(Hash32 other)
    {
        if (_w0 != other._w0)
        {
            return _w0 < other._w0 ? -1 : 1;
        }
        if (_w1 != other._w1)
        {
            return _w1 < other._w1 ? -1 : 1;
        }
        if (_w2 != other._w2)
        {
            return _w2 < other._w2 ? -1 : 1;
        }
        return _w3 == other._w3 ? 0 : _w3 < other._w3 ? -1 : 1;
    }

    public static bool operator ==(Hash32 left, Hash32 right) => left.Equals(right);

    public static bool operator !=(Hash32 left, Hash32 right) => !left.Equals(right);

    public static bool operator <(Hash32 left, Hash32 right) => left.CompareTo(right) < 0;

    public static bool operator >(Hash32 left, Hash32 right) => left.CompareTo(right) > 0;

    public static bool operator <=(Hash32 left, Hash32 right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Hash32 left, Hash32 right) => left.CompareTo(right) >= 0;
}
