using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Livepeer.Protocol.Crypto;

/// <summary>A 20-byte Ethereum address. <see cref="ToString"/> gives the EIP-55 checksummed form.</summary>
public readonly struct EthAddress : IEquatable<EthAddress>, IComparable<EthAddress>
{
    public const int Length = 20;

    // Three machine words so equality and dictionary lookups stay cheap on the per-ticket path.
    private readonly ulong _a;
    private readonly ulong _b;
    private readonly uint _c;

    public static readonly EthAddress Zero;

    public EthAddress(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"an address is 20 bytes, got {bytes.Length}", nameof(bytes));
        }
        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..16]);
        _c = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..20]);
    }

    public bool IsZero => _a == 0 && _b == 0 && _c == 0;

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination[..8], _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..16], _b);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..20], _c);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>The address of a 64-byte uncompressed public key: the last 20 bytes of its keccak.</summary>
    public static EthAddress FromPublicKey(ReadOnlySpan<byte> publicKey64)
    {
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(publicKey64, hash);
        return new EthAddress(hash[12..]);
    }

    /// <summary>Parses "0x" + 40 hex digits (prefix optional). Mixed case must carry a valid EIP-55 checksum.</summary>
    public static EthAddress Parse(string text)
    {
        if (!TryParse(text, out var address, out var error))
        {
            throw new FormatException(error);
        }
        return address;
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out EthAddress address) => TryParse(text, out address, out _);

    public static bool TryParse(string? text, out EthAddress address, out string error)
    {
        address = default;
        if (text is null)
        {
            error = "address is missing";
            return false;
        }
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (hex.Length != 40)
        {
            error = $"address must be 40 hex digits, got {hex.Length}: '{text}'";
            return false;
        }
        Span<byte> bytes = stackalloc byte[Length];
        if (Convert.FromHexString(hex, bytes, out _, out int written) != System.Buffers.OperationStatus.Done || written != Length)
        {
            error = $"address is not hex: '{text}'";
            return false;
        }
        address = new EthAddress(bytes);
        bool mixedCase = hex.Any(char.IsUpper) && hex.Any(char.IsLower);
        if (mixedCase && address.ToString()[2..] != hex)
        {
            address = default;
            error = $"address has a bad EIP-55 checksum: '{text}'";
            return false;
        }
        error = "";
        return true;
    }

    /// <summary>"0x" + lower-case hex.</summary>
    public string ToLowerHex()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }

    /// <summary>EIP-55 mixed-case checksum form, as go-ethereum's Address.Hex().</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        var lower = Convert.ToHexStringLower(bytes);
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(Encoding.ASCII.GetBytes(lower), hash);
        var result = new StringBuilder("0x", 42);
        for (int i = 0; i < 40; i++)
        {
            char c = lower[i];
            int nibble = (i % 2 == 0) ? hash[i / 2] >> 4 : hash[i / 2] & 0x0f;
            result.Append(c >= 'a' && nibble >= 8 ? char.ToUpperInvariant(c) : c);
        }
        return result.ToString();
    }

    public bool Equals(EthAddress other) => _a == other._a && _b == other._b && _c == other._c;

    public override bool Equals(object? obj) => obj is EthAddress other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_a, _b, _c);

    public int CompareTo(EthAddress other)
    {
        int c = _a.CompareTo(other._a);
        if (c != 0)
        {
            return c;
        }
        c = _b.CompareTo(other._b);
        return c != 0 ? c : _c.CompareTo(other._c);
    }

    public static bool operator ==(EthAddress left, EthAddress right) => left.Equals(right);

    public static bool operator !=(EthAddress left, EthAddress right) => !left.Equals(right);
}
