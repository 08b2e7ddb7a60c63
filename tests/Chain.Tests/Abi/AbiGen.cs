using System.Collections.Immutable;
using System.Numerics;
using CsCheck;
using Livepeer.Chain.Abi;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Tests.Abi;

/// <summary>CsCheck generators for random ABI types (nested arrays, fixed arrays, tuples) and values of a type.</summary>
internal static class AbiGen
{
    public static readonly Gen<AbiType> Leaf = Gen.OneOf(
        Gen.Int[1, 32].Select(n => (AbiType)new AbiIntegerType(n * 8, signed: false)),
        Gen.Int[1, 32].Select(n => (AbiType)new AbiIntegerType(n * 8, signed: true)),
        Gen.Const(AbiType.Address),
        Gen.Const(AbiType.Bool),
        Gen.Int[1, 32].Select(n => (AbiType)new AbiFixedBytesType(n)),
        Gen.Const(AbiType.Bytes),
        Gen.Const(AbiType.String));

    public static Gen<AbiType> Type(int depth)
    {
        if (depth == 0)
        {
            return Leaf;
        }
        var inner = Type(depth - 1);
        return Gen.Frequency(
            (3, Leaf),
            (1, inner.Select(t => (AbiType)new AbiArrayType(t))),
            (1, Gen.Select(inner, Gen.Int[1, 3]).Select((t, k) => (AbiType)new AbiFixedArrayType(t, k))),
            (2, inner.Array[1, 4].Select(ts => (AbiType)new AbiTupleType(ts))));
    }

    public static Gen<(AbiType Type, AbiValue Value)> TypeAndValue(int depth) =>
        Type(depth).SelectMany(t => Value(t).Select(v => (t, v)));

    /// <summary>A parameter list (possibly empty) with values.</summary>
    public static Gen<(AbiType[] Types, AbiValue[] Values)> Parameters(int depth) =>
        Type(depth).Array[0, 4].SelectMany(types => Sequence(types).Select(values => (types, values.ToArray())));

    public static Gen<AbiValue> Value(AbiType type) => type switch
    {
        AbiIntegerType integer => Integer(integer).Select(AbiValue.Number),
        AbiAddressType => Gen.Byte.Array[20].Select(b => AbiValue.Address(new EthAddress(b))),
        AbiBoolType => Gen.Bool.Select(AbiValue.Bool),
        AbiFixedBytesType fixedBytes => Gen.Byte.Array[fixedBytes.Size].Select(b => AbiValue.Bytes(b)),
        AbiBytesType => Gen.Byte.Array[0, 70].Select(b => AbiValue.Bytes(b)),
        AbiStringType => Gen.String[0, 24].Where(s => !s.Any(char.IsSurrogate)).Select(AbiValue.String),
        AbiArrayType array => Value(array.Element).Array[0, 3].Select(AbiValue.List),
        AbiFixedArrayType fixedArray => Value(fixedArray.Element).Array[fixedArray.Length].Select(AbiValue.List),
        AbiTupleType tuple => Sequence(tuple.Components).Select(items => AbiValue.List(items)),
        _ => throw new ArgumentException($"no generator for {type}"),
    };

    private static Gen<ImmutableList<AbiValue>> Sequence(IEnumerable<AbiType> types)
    {
        var acc = Gen.Const(ImmutableList<AbiValue>.Empty);
        foreach (var type in types)
        {
            acc = Gen.Select(acc, Value(type), (list, value) => list.Add(value));
        }
        return acc;
    }

    private static Gen<BigInteger> Integer(AbiIntegerType type)
    {
        var uniform = Gen.Byte.Array[type.Bits / 8].Select(bytes =>
        {
            var unsigned = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
            return type.Signed ? unsigned - (BigInteger.One << (type.Bits - 1)) : unsigned;
        });
        return Gen.Frequency(
            (6, uniform),
            (1, Gen.OneOfConst(type.MinValue, type.MaxValue, BigInteger.Zero, BigInteger.One)));
    }
}
