using System.Numerics;
using System.Text;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Chain.Abi;

/// <summary>
/// Standard (non-packed) ABI encoding. Values are checked against their types first (ranges, lengths,
/// counts, valid UTF-8), so a bad value fails with the path to it and nothing half-written escapes.
/// </summary>
public static class AbiEncoder
{
    // Far above any calldata a node sends; keeps size arithmetic in int.
    private const long MaxEncodedSize = 64L * 1024 * 1024;

    private static readonly BigInteger TwoTo256 = BigInteger.One << 256;

    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes values as a parameter list (the arguments after a selector, or return data).</summary>
    public static byte[] EncodeParameters(IReadOnlyList<AbiType> types, IReadOnlyList<AbiValue> values)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(values);
        if (types.Count != values.Count)
        {
            throw new AbiException($"cannot encode: {types.Count} parameter types but {values.Count} values");
        }
        var output = new byte[ParametersSize(types, values)];
        WriteSequence(types, values, output);
        return output;
    }

    /// <summary>Encodes one value as a parameter list of one (what abi.encode(value) gives).</summary>
    public static byte[] Encode(AbiType type, AbiValue value)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        return EncodeParameters([type], [value]);
    }

    /// <summary>Validates the values and returns the encoded size of the parameter list.</summary>
    internal static int ParametersSize(IReadOnlyList<AbiType> types, IReadOnlyList<AbiValue> values)
    {
        long size;
        try
        {
            size = SequenceSize(types, values);
        }
        catch (AbiPathError e)
        {
            throw new AbiException($"cannot encode {e.Path("arg")} ({e.Type}): {e.Message}");
        }
        if (size > MaxEncodedSize)
        {
            throw new AbiException($"cannot encode: {size} bytes is more than the {MaxEncodedSize}-byte limit");
        }
        return (int)size;
    }

    internal static int WriteParameters(IReadOnlyList<AbiType> types, IReadOnlyList<AbiValue> values, Span<byte> destination) =>
        WriteSequence(types, values, destination);

    private static long SequenceSize(IReadOnlyList<AbiType> types, IReadOnlyList<AbiValue> values)
    {
        long total = 0;
        for (int i = 0; i < types.Count; i++)
        {
            try
            {
                long size = Size(types[i], values[i]);
                total += types[i].IsDynamic ? AbiType.WordSize + size : size;
            }
            catch (AbiPathError e)
            {
                throw e.At(i);
            }
            if (total > MaxEncodedSize)
            {
                throw new AbiPathError($"the encoding is more than the {MaxEncodedSize}-byte limit", types[i]).At(i);
            }
        }
        return total;
    }

    private static long Size(AbiType type, AbiValue value)
    {
        switch (type)
        {
            case AbiIntegerType integer:
                var number = Expect<AbiNumber>(type, value).Value;
                if (!integer.Contains(number))
                {
                    throw new AbiPathError($"{number} is out of range for {integer} ({integer.MinValue} to {integer.MaxValue})", type);
                }
                return AbiType.WordSize;
            case AbiAddressType:
                Expect<AbiAddress>(type, value);
                return AbiType.WordSize;
            case AbiBoolType:
                Expect<AbiBool>(type, value);
                return AbiType.WordSize;
            case AbiFixedBytesType fixedBytes:
                int length = Expect<AbiBytes>(type, value).Length;
                if (length != fixedBytes.Size)
                {
                    throw new AbiPathError($"{fixedBytes} needs exactly {fixedBytes.Size} bytes, got {length}", type);
                }
                return AbiType.WordSize;
            case AbiBytesType:
                return AbiType.WordSize + PaddedLength(Expect<AbiBytes>(type, value).Length);
            case AbiStringType:
                return AbiType.WordSize + PaddedLength(Utf8Length(type, Expect<AbiString>(type, value).Value));
            case AbiArrayType array:
                var elements = Expect<AbiList>(type, value).Items;
                return AbiType.WordSize + SequenceSize(new RepeatedTypeList(array.Element, elements.Count), elements);
            case AbiFixedArrayType fixedArray:
                var fixedElements = Expect<AbiList>(type, value).Items;
                if (fixedElements.Count != fixedArray.Length)
                {
                    throw new AbiPathError($"{fixedArray} needs exactly {fixedArray.Length} elements, got {fixedElements.Count}", type);
                }
                return SequenceSize(new RepeatedTypeList(fixedArray.Element, fixedArray.Length), fixedElements);
            case AbiTupleType tuple:
                var components = Expect<AbiList>(type, value).Items;
                if (components.Count != tuple.Components.Count)
                {
                    throw new AbiPathError($"{tuple} has {tuple.Components.Count} components, got {components.Count} values", type);
                }
                return SequenceSize(tuple.Components, components);
            default:
                throw new AbiPathError($"unsupported type {type}", type);
        }
    }

    private static int WriteSequence(IReadOnlyList<AbiType> types, IReadOnlyList<AbiValue> values, Span<byte> destination)
    {
        int head = 0;
        int tail = 0;
        for (int i = 0; i < types.Count; i++)
        {
            tail += types[i].HeadSize;
        }
        for (int i = 0; i < types.Count; i++)
        {
            var type = types[i];
            if (type.IsDynamic)
            {
                WriteUInt(tail, destination.Slice(head, AbiType.WordSize));
                tail += Write(type, values[i], destination[tail..]);
            }
            else
            {
                Write(type, values[i], destination[head..]);
            }
            head += type.HeadSize;
        }
        return tail;
    }

    private static int Write(AbiType type, AbiValue value, Span<byte> destination)
    {
        switch (type)
        {
            case AbiIntegerType:
                var number = ((AbiNumber)value).Value;
                BigEndian.WritePad32(number.Sign < 0 ? number + TwoTo256 : number, destination);
                return AbiType.WordSize;
            case AbiAddressType:
                destination[..12].Clear();
                ((AbiAddress)value).Value.CopyTo(destination[12..32]);
                return AbiType.WordSize;
            case AbiBoolType:
                destination[..31].Clear();
                destination[31] = ((AbiBool)value).Value ? (byte)1 : (byte)0;
                return AbiType.WordSize;
            case AbiFixedBytesType:
                var fixedBytes = ((AbiBytes)value).Value.Span;
                fixedBytes.CopyTo(destination);
                destination[fixedBytes.Length..AbiType.WordSize].Clear();
                return AbiType.WordSize;
            case AbiBytesType:
                return WriteBytes(((AbiBytes)value).Value.Span, destination);
            case AbiStringType:
                return WriteBytes(StrictUtf8.GetBytes(((AbiString)value).Value), destination);
            case AbiArrayType array:
                var elements = ((AbiList)value).Items;
                WriteUInt(elements.Count, destination);
                return AbiType.WordSize + WriteSequence(new RepeatedTypeList(array.Element, elements.Count), elements, destination[AbiType.WordSize..]);
            case AbiFixedArrayType fixedArray:
                return WriteSequence(new RepeatedTypeList(fixedArray.Element, fixedArray.Length), ((AbiList)value).Items, destination);
            case AbiTupleType tuple:
                return WriteSequence(tuple.Components, ((AbiList)value).Items, destination);
            default:
                throw new AbiException($"unsupported type {type}");
        }
    }

    private static int WriteBytes(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        WriteUInt(bytes.Length, destination);
        bytes.CopyTo(destination[AbiType.WordSize..]);
        int padded = (int)PaddedLength(bytes.Length);
        destination.Slice(AbiType.WordSize + bytes.Length, padded - bytes.Length).Clear();
        return AbiType.WordSize + padded;
    }

    internal static void WriteUInt(long value, Span<byte> word)
    {
        word[..24].Clear();
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(word[24..32], value);
    }

    private static long PaddedLength(long length) => (length + 31) / 32 * 32;

    private static int Utf8Length(AbiType type, string text)
    {
        try
        {
            return StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new AbiPathError($"the string is not valid Unicode (it holds a lone surrogate at index {e.Index}), so it has no UTF-8 form", type);
        }
    }

    private static T Expect<T>(AbiType type, AbiValue? value)
        where T : AbiValue =>
        value as T ?? throw new AbiPathError(
            value is null
                ? $"{type} needs {ExpectedKind(type)} but the value is missing (null)"
                : $"{type} needs {ExpectedKind(type)} but the value is {value.Kind}: {value}",
            type);

    private static string ExpectedKind(AbiType type) => type switch
    {
        AbiIntegerType => "a number",
        AbiAddressType => "an address",
        AbiBoolType => "a bool",
        AbiFixedBytesType or AbiBytesType => "bytes",
        AbiStringType => "a string",
        _ => "a list",
    };
}
