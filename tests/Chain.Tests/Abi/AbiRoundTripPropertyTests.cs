using CsCheck;
using Livepeer.Chain.Abi;

namespace Livepeer.Chain.Tests.Abi;

public sealed class AbiRoundTripPropertyTests
{
    [Fact]
    public void Decode_of_encode_gives_the_value_back()
    {
        AbiGen.TypeAndValue(depth: 3).Sample(sample =>
        {
            var encoded = AbiEncoder.Encode(sample.Type, sample.Value);
            Assert.Equal(0, encoded.Length % 32);
            Assert.Equal(sample.Value, AbiDecoder.Decode(sample.Type, encoded));
        }, iter: 400);
    }

    [Fact]
    public void Calls_round_trip_through_selector_and_parameter_list()
    {
        AbiGen.Parameters(depth: 2).Sample(sample =>
        {
            var function = new AbiFunction("probe", sample.Types.Select(t => new AbiParameter(t)), []);
            var calldata = function.EncodeCall(sample.Values);
            Assert.Equal(function.Selector, new FunctionSelector(calldata.AsSpan(0, 4)));
            Assert.Equal(sample.Values, function.DecodeCall(calldata));
        }, iter: 300);
    }

    [Fact]
    public void Canonical_names_parse_back_to_the_same_type()
    {
        AbiGen.Type(depth: 4).Sample(type =>
        {
            var parsed = AbiType.Parse(type.CanonicalName);
            Assert.Equal(type, parsed);
            Assert.Equal(type.IsDynamic, parsed.IsDynamic);
            Assert.Equal(type.HeadSize, parsed.HeadSize);
        }, iter: 300);
    }

    [Fact]
    public void Static_types_encode_to_their_static_size()
    {
        AbiGen.TypeAndValue(depth: 3).Where(s => !s.Type.IsDynamic).Sample(sample =>
        {
            Assert.Equal(sample.Type.StaticSize, AbiEncoder.Encode(sample.Type, sample.Value).Length);
        }, iter: 200);
    }

    [Fact]
    public void Corrupted_encodings_decode_or_fail_with_an_abi_error_only()
    {
        Gen.Select(AbiGen.TypeAndValue(depth: 3), Gen.Int[0, int.MaxValue], Gen.Byte, Gen.Int[0, 2]).Sample((sample, at, b, mode) =>
        {
            var encoded = AbiEncoder.Encode(sample.Type, sample.Value);
            byte[] corrupted = mode switch
            {
                0 when encoded.Length > 0 => ReplaceByte(encoded, at % encoded.Length, b),
                1 => encoded[..(at % (encoded.Length + 1))],
                _ => [.. encoded, b],
            };
            AbiValue decoded;
            try
            {
                decoded = AbiDecoder.Decode(sample.Type, corrupted);
            }
            catch (AbiException)
            {
                return;
            }
            // Whatever decodes must be a valid value of the type: it re-encodes and decodes to itself.
            Assert.Equal(decoded, AbiDecoder.Decode(sample.Type, AbiEncoder.Encode(sample.Type, decoded)));
        }, iter: 600);
    }

    private static byte[] ReplaceByte(byte[] data, int index, byte value)
    {
        var copy = (byte[])data.Clone();
        copy[index] = value;
        return copy;
    }
}
