namespace Livepeer.Chain.Abi;

/// <summary>
/// A Solidity ABI type. Two types are equal when their canonical names are (the name is what goes
/// into signatures, so it is the identity that matters). Parse type strings with <see cref="Parse"/>.
/// </summary>
public abstract class AbiType : IEquatable<AbiType>
{
    public const int WordSize = 32;

    public static readonly AbiType UInt8 = new AbiIntegerType(8, signed: false);
    public static readonly AbiType UInt64 = new AbiIntegerType(64, signed: false);
    public static readonly AbiType UInt256 = new AbiIntegerType(256, signed: false);
    public static readonly AbiType Int256 = new AbiIntegerType(256, signed: true);
    public static readonly AbiType Address = new AbiAddressType();
    public static readonly AbiType Bool = new AbiBoolType();
    public static readonly AbiType Bytes20 = new AbiFixedBytesType(20);
    public static readonly AbiType Bytes32 = new AbiFixedBytesType(32);
    public static readonly AbiType Bytes = new AbiBytesType();
    public static readonly AbiType String = new AbiStringType();

    /// <summary>The canonical form used in function and event signatures, e.g. "(address,uint256)[]".</summary>
    public abstract string CanonicalName { get; }

    /// <summary>True for bytes, string, T[] and anything containing them: encoded in the tail, referenced by an offset.</summary>
    public abstract bool IsDynamic { get; }

    /// <summary>Bytes the type takes in the head of an enclosing tuple: its full size if static, one offset word if dynamic.</summary>
    public int HeadSize => IsDynamic ? WordSize : StaticSize;

    /// <summary>The encoded size of a static type (a multiple of 32); for dynamic types, 32 (the offset word).</summary>
    public abstract int StaticSize { get; }

    /// <summary>
    /// Parses a type string: uint&lt;N&gt;, int&lt;N&gt;, uint/int (= 256 bits), address, bool, bytes&lt;N&gt;,
    /// bytes, string, T[], T[k], and tuples "(T1,T2,...)" (also written "tuple(...)"), nested freely.
    /// </summary>
    public static AbiType Parse(string text) => AbiTypeParser.ParseType(text);

    /// <summary>Parses a parameter type list such as "(uint256,uint32[],bytes10,bytes)"; "()" is empty.</summary>
    public static IReadOnlyList<AbiType> ParseList(string text) => AbiTypeParser.ParseTypeList(text);

    public bool Equals(AbiType? other) => other is not null && CanonicalName == other.CanonicalName;

    public override bool Equals(object? obj) => obj is AbiType other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CanonicalName);

    public override string ToString() => CanonicalName;

    public static bool operator ==(AbiType? left, AbiType? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(AbiType? left, AbiType? right) => !(left == right);
}
