using System.Numerics;
using System.Text;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Chain.Rlp;

/// <summary>An RLP item: a byte string or a list of items. Compares structurally.</summary>
public sealed class RlpItem : IEquatable<RlpItem>
{
    public static readonly RlpItem Empty = new([], null);
    public static readonly RlpItem EmptyList = new(null, []);

    private readonly byte[]? _bytes;
    private readonly RlpItem[]? _items;

    private RlpItem(byte[]? bytes, RlpItem[]? items)
    {
        _bytes = bytes;
        _items = items;
    }

    public bool IsList => _items is not null;

    /// <summary>The bytes of a string item; throws for a list.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? throw new RlpException("expected an RLP string but found a list");

    /// <summary>The items of a list; throws for a string.</summary>
    public IReadOnlyList<RlpItem> Items => _items ?? throw new RlpException("expected an RLP list but found a string");

    public static RlpItem String(ReadOnlySpan<byte> bytes) => new(bytes.ToArray(), null);

    /// <summary>An ASCII/UTF-8 text as a byte string (the wiki's "dog").</summary>
    public static RlpItem Text(string text) => new(Encoding.UTF8.GetBytes(text), null);

    public static RlpItem List(params RlpItem[] items) => List((IEnumerable<RlpItem>)items);

    public static RlpItem List(IEnumerable<RlpItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        RlpItem[] array = [.. items];
        if (array.Any(i => i is null))
        {
            throw new ArgumentException("an RLP list item is null", nameof(items));
        }
        return new RlpItem(null, array);
    }

    /// <summary>A non-negative integer in canonical form: big-endian, no leading zeros, 0 as the empty string.</summary>
    public static RlpItem UInt(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "RLP integers are non-negative");
        }
        return new RlpItem(BigEndian.MinBytes(value), null);
    }

    /// <summary>A 20-byte address, or the empty string for none (contract creation).</summary>
    public static RlpItem Address(EthAddress? address) => address is { } a ? new RlpItem(a.ToBytes(), null) : Empty;

    /// <summary>
    /// Reads a canonical integer: no leading zero bytes, at most <paramref name="maxBytes"/> bytes.
    /// <paramref name="field"/> names the value in errors.
    /// </summary>
    public BigInteger ToUInt(string field, int maxBytes = 32)
    {
        var bytes = StringOf(field);
        if (bytes.Length > 0 && bytes[0] == 0)
        {
            throw new RlpException($"{field}: non-canonical integer 0x{Convert.ToHexStringLower(bytes)} has a leading zero byte");
        }
        if (bytes.Length > maxBytes)
        {
            throw new RlpException($"{field}: integer of {bytes.Length} bytes is longer than {maxBytes} bytes");
        }
        return BigEndian.FromBytes(bytes);
    }

    public ulong ToUInt64(string field) => (ulong)ToUInt(field, maxBytes: 8);

    /// <summary>A 20-byte address, or null for the empty string.</summary>
    public EthAddress? ToAddressOrNull(string field)
    {
        var bytes = StringOf(field);
        return bytes.Length switch
        {
            0 => null,
            EthAddress.Length => new EthAddress(bytes),
            _ => throw new RlpException($"{field}: an address is 20 bytes (or empty), got {bytes.Length}"),
        };
    }

    /// <summary>The bytes of a string item, with an error naming <paramref name="field"/> for a list.</summary>
    public ReadOnlySpan<byte> StringOf(string field) =>
        _bytes ?? throw new RlpException($"{field}: expected an RLP string but found a list");

    /// <summary>The items of a list item, with an error naming <paramref name="field"/> for a string.</summary>
    public IReadOnlyList<RlpItem> ListOf(string field) =>
        _items ?? throw new RlpException($"{field}: expected an RLP list but found a string");

    public bool Equals(RlpItem? other)
    {
        if (other is null)
        {
            return false;
        }
        if (_bytes is not null)
        {
            return other._bytes is not null && _bytes.AsSpan().SequenceEqual(other._bytes);
        }
        return other._items is not null && _items!.AsSpan().SequenceEqual(other._items);
    }

    public override bool Equals(object? obj) => obj is RlpItem other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        if (_bytes is not null)
        {
            hash.AddBytes(_bytes);
        }
        else
        {
            hash.Add(-1);
            foreach (var item in _items!)
            {
                hash.Add(item);
            }
        }
        return hash.ToHashCode();
    }

    public override string ToString() =>
        _bytes is not null ? "0x" + Convert.ToHexStringLower(_bytes) : "[" + string.Join(", ", _items!.Select(i => i.ToString())) + "]";
}
