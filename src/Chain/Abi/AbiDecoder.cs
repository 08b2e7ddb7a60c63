using System.Numerics;
using System.Text;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Abi;

/// <summary>
/// Standard ABI decoding, strict about values (uint/int within range, address and bytes&lt;N&gt;
/// padding zero, bool 0 or 1, valid UTF-8) and about offsets and lengths staying inside the data.
/// Trailing bytes after the parameters are ignored, as Solidity does.
/// </summary>
public sealed class AbiDecoder
{
    private static readonly BigInteger TwoTo256 = BigInteger.One << 256;
    private static readonly BigInteger TwoTo255 = BigInteger.One << 255;

    // Offsets may point at the same tail many times; this caps what such data can make us allocate.
    private long _budget;

    private AbiDecoder(int dataLength)
    {
        _budget = 2L * dataLength + 1024;
    }

    /// <summary>Decodes a parameter list (arguments after a selector, or return data).</summary>
    public static IReadOnlyList<AbiValue> DecodeParameters(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(types);
        var decoder = new AbiDecoder(data.Length);
        try
        {
            return decoder.Sequence(types, data).Items;
        }
        catch (AbiPathError e)
        {
            throw new AbiException($"cannot decode {e.Path("arg")} ({e.Type}): {e.Message}");
        }
    }

    /// <summary>Decodes data holding one value as a parameter list of one (abi.decode(data, (T))).</summary>
    public static AbiValue Decode(AbiType type, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(type);
        return DecodeParameters([type], data)[0];
    }

    /// <summary>Decodes one 32-byte word as a static type (indexed event topics).</summary>
    internal static AbiValue DecodeWord(AbiType type, ReadOnlySpan<byte> word)
    {
        var decoder = new AbiDecoder(word.Length);
        try
        {
            return decoder.Static(type, word, 0);
        }
        catch (AbiPathError e)
        {
            throw new AbiException($"cannot decode ({e.Type}): {e.Message}");
        }
    }

    private AbiList Sequence(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> region)
    {
        var values = new AbiValue[types.Count];
        int head = 0;
        for (int i = 0; i < types.Count; i++)
        {
            var type = types[i];
            try
            {
                if (type.IsDynamic)
                {
                    int offset = ReadSize(region, head, type, "offset");
                    if (offset > region.Length)
                    {
                        throw new AbiPathError($"offset {offset} points past the end of the data ({region.Length} bytes)", type);
                    }
                    values[i] = Dynamic(type, region[offset..]);
                }
                else
                {
                    values[i] = Static(type, region, head);
                }
            }
            catch (AbiPathError e)
            {
                throw e.At(i);
            }
            head += type.HeadSize;
        }
        return new AbiList(values);
    }

    private AbiValue Dynamic(AbiType type, ReadOnlySpan<byte> data)
    {
        switch (type)
        {
            case AbiBytesType:
                return new AbiBytes(ReadBytes(data, type));
            case AbiStringType:
                var utf8 = ReadBytes(data, type);
                try
                {
                    return new AbiString(StrictUtf8.GetString(utf8));
                }
                catch (DecoderFallbackException)
                {
                    throw new AbiPathError("the string is not valid UTF-8", type);
                }
            case AbiArrayType array:
                int count = ReadSize(data, 0, type, "array length");
                long needed = (long)count * array.Element.HeadSize;
                if (needed > data.Length - AbiType.WordSize)
                {
                    throw new AbiPathError($"array length {count} needs {needed} bytes of heads but only {data.Length - AbiType.WordSize} remain", type);
                }
                Charge(count * (long)AbiType.WordSize, type);
                return Sequence(new RepeatedTypeList(array.Element, count), data[AbiType.WordSize..]);
            case AbiFixedArrayType fixedArray:
                return Sequence(new RepeatedTypeList(fixedArray.Element, fixedArray.Length), data);
            case AbiTupleType tuple:
                return Sequence(tuple.Components, data);
            default:
                throw new AbiPathError($"unsupported dynamic type {type}", type);
        }
    }

    private AbiValue Static(AbiType type, ReadOnlySpan<byte> region, int position)
    {
        if ((long)position + type.StaticSize > region.Length)
        {
            throw new AbiPathError($"needs {type.StaticSize} bytes at offset {position} but the data is {region.Length} bytes", type);
        }
        var word = region.Slice(position, Math.Min(AbiType.WordSize, type.StaticSize));
        switch (type)
        {
            case AbiIntegerType integer:
                Charge(AbiType.WordSize, type);
                var unsigned = new BigInteger(word, isUnsigned: true, isBigEndian: true);
                var value = integer.Signed && unsigned >= TwoTo255 ? unsigned - TwoTo256 : unsigned;
                if (!integer.Contains(value))
                {
                    throw new AbiPathError($"word 0x{Convert.ToHexStringLower(word)} is out of range for {integer}", type);
                }
                return new AbiNumber(value);
            case AbiAddressType:
                Charge(AbiType.WordSize, type);
                if (word[..12].ContainsAnyExcept((byte)0))
                {
                    throw new AbiPathError($"word 0x{Convert.ToHexStringLower(word)} has non-zero bytes above the 20-byte address", type);
                }
                return new AbiAddress(new EthAddress(word[12..]));
            case AbiBoolType:
                Charge(AbiType.WordSize, type);
                if (word[..31].ContainsAnyExcept((byte)0) || word[31] > 1)
                {
                    throw new AbiPathError($"word 0x{Convert.ToHexStringLower(word)} is not 0 or 1", type);
                }
                return word[31] == 1 ? AbiBool.True : AbiBool.False;
            case AbiFixedBytesType fixedBytes:
                Charge(AbiType.WordSize, type);
                if (word[fixedBytes.Size..].ContainsAnyExcept((byte)0))
                {
                    throw new AbiPathError($"word 0x{Convert.ToHexStringLower(word)} has non-zero bytes after the {fixedBytes.Size}-byte value", type);
                }
                return new AbiBytes(word[..fixedBytes.Size]);
            case AbiFixedArrayType fixedArray:
                return Sequence(new RepeatedTypeList(fixedArray.Element, fixedArray.Length), region.Slice(position, type.StaticSize));
            case AbiTupleType tuple:
                return Sequence(tuple.Components, region.Slice(position, type.StaticSize));
            default:
                throw new AbiPathError($"unsupported static type {type}", type);
        }
    }

    private ReadOnlySpan<byte> ReadBytes(ReadOnlySpan<byte> data, AbiType type)
    {
        int length = ReadSize(data, 0, type, "length");
        if (length > data.Length - AbiType.WordSize)
        {
            throw new AbiPathError($"length {length} runs past the end of the data ({data.Length - AbiType.WordSize} bytes follow the length word)", type);
        }
        Charge(AbiType.WordSize + (long)length, type);
        return data.Slice(AbiType.WordSize, length);
    }

    /// <summary>Reads an offset or length word; it must be a small non-negative number.</summary>
    private static int ReadSize(ReadOnlySpan<byte> region, int position, AbiType type, string what)
    {
        if ((long)position + AbiType.WordSize > region.Length)
        {
            throw new AbiPathError($"the {what} word at {position} is past the end of the data ({region.Length} bytes)", type);
        }
        var word = region.Slice(position, AbiType.WordSize);
        if (word[..28].ContainsAnyExcept((byte)0) || (word[28] & 0x80) != 0)
        {
            throw new AbiPathError($"{what} 0x{Convert.ToHexStringLower(word).TrimStart('0')} is too large", type);
        }
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(word[28..]);
    }

    private void Charge(long amount, AbiType type)
    {
        _budget -= amount;
        if (_budget < 0)
        {
            throw new AbiPathError("the data decodes to far more than its own size (offsets reuse the same tail); refusing it", type);
        }
    }

    private static UTF8Encoding StrictUtf8 => AbiEncoder.StrictUtf8;
}
