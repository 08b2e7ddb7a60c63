using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Abi;

/// <summary>
/// A value to encode or a decoded value: a number (uint/int), an address, a bool, bytes (bytes and
/// bytes&lt;N&gt;), a string, or a list (T[], T[k] and tuples). The type that goes with it is given
/// separately, as an <see cref="AbiType"/>. Values compare structurally.
/// </summary>
public abstract class AbiValue : IEquatable<AbiValue>
{
    private protected AbiValue()
    {
    }

    /// <summary>"number", "address", "bool", "bytes", "string" or "list", for error messages.</summary>
    public abstract string Kind { get; }

    public static AbiValue Number(BigInteger value) => new AbiNumber(value);

    public static AbiValue Address(EthAddress value) => new AbiAddress(value);

    public static AbiValue Bool(bool value) => value ? AbiBool.True : AbiBool.False;

    public static AbiValue Bytes(ReadOnlySpan<byte> value) => new AbiBytes(value);

    /// <summary>A 32-byte value, for bytes32.</summary>
    public static AbiValue Bytes(Hash32 value) => new AbiBytes(value.ToArray());

    public static AbiValue String(string value) => new AbiString(value);

    public static AbiValue List(params AbiValue[] items) => new AbiList(items);

    public static AbiValue List(IEnumerable<AbiValue> items) => new AbiList(items);

    public static implicit operator AbiValue(BigInteger value) => Number(value);

    public static implicit operator AbiValue(long value) => Number(value);

    public static implicit operator AbiValue(EthAddress value) => Address(value);

    public static implicit operator AbiValue(bool value) => Bool(value);

    public static implicit operator AbiValue(Hash32 value) => Bytes(value);

    public BigInteger AsNumber() => this is AbiNumber n ? n.Value : throw Mismatch("a number");

    /// <summary>The number as a long, or an error naming <paramref name="what"/> when it does not fit.</summary>
    public long AsInt64(string what)
    {
        var n = AsNumber();
        return n >= long.MinValue && n <= long.MaxValue
            ? (long)n
            : throw new AbiException($"{what} = {n} does not fit in a 64-bit integer");
    }

    public EthAddress AsAddress() => this is AbiAddress a ? a.Value : throw Mismatch("an address");

    public bool AsBool() => this is AbiBool b ? b.Value : throw Mismatch("a bool");

    public ReadOnlyMemory<byte> AsBytes() => this is AbiBytes b ? b.Value : throw Mismatch("bytes");

    /// <summary>The value of a bytes32 as a <see cref="Hash32"/>.</summary>
    public Hash32 AsHash32()
    {
        var bytes = AsBytes();
        return bytes.Length == Hash32.Length
            ? new Hash32(bytes.Span)
            : throw new AbiException($"expected 32 bytes, got {bytes.Length}");
    }

    public string AsString() => this is AbiString s ? s.Value : throw Mismatch("a string");

    public IReadOnlyList<AbiValue> AsList() => this is AbiList l ? l.Items : throw Mismatch("a list");

    public abstract bool Equals(AbiValue? other);

    public override bool Equals(object? obj) => obj is AbiValue other && Equals(other);

    public abstract override int GetHashCode();

    public static bool operator ==(AbiValue? left, AbiValue? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(AbiValue? left, AbiValue? right) => !(left == right);

    private AbiException Mismatch(string expected) => new($"expected {expected} but the value is {Kind}: {this}");
}
