using System.Numerics;
using CsCheck;
using Livepeer.Chain.Rlp;
using Livepeer.Chain.Tests.Support;

namespace Livepeer.Chain.Tests.Rlp;

// Examples of the Ethereum wiki's RLP page, the canonical-form rules, and round trips.
public sealed class RlpTests
{
    public static TheoryData<string, RlpItem> WikiVectors => new()
    {
        { "83646f67", RlpItem.Text("dog") },
        { "c88363617483646f67", RlpItem.List(RlpItem.Text("cat"), RlpItem.Text("dog")) },
        { "80", RlpItem.Empty },
        { "c0", RlpItem.EmptyList },
        { "80", RlpItem.UInt(0) },
        { "00", RlpItem.String([0x00]) },
        { "0f", RlpItem.UInt(15) },
        { "820400", RlpItem.UInt(1024) },
        {
            "c7c0c1c0c3c0c1c0",
            RlpItem.List(RlpItem.EmptyList, RlpItem.List(RlpItem.EmptyList), RlpItem.List(RlpItem.EmptyList, RlpItem.List(RlpItem.EmptyList)))
        },
        {
            "b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c6974",
            RlpItem.Text("Lorem ipsum dolor sit amet, consectetur adipisicing elit")
        },
    };

    [Theory]
    [MemberData(nameof(WikiVectors))]
    public void Wiki_examples_encode_and_decode(string hex, RlpItem item)
    {
        Assert.Equal(hex, Hex.Of(RlpCodec.Encode(item)));
        Assert.Equal(item, RlpCodec.Decode(Hex.Bytes(hex)));
    }

    [Fact]
    public void Integers_decode_canonically()
    {
        Assert.Equal(new BigInteger(1024), RlpCodec.Decode(Hex.Bytes("820400")).ToUInt("value"));
        Assert.Equal(BigInteger.Zero, RlpCodec.Decode(Hex.Bytes("80")).ToUInt("value"));
        Assert.Equal(ulong.MaxValue, RlpCodec.Decode(RlpCodec.Encode(RlpItem.UInt(ulong.MaxValue))).ToUInt64("nonce"));
    }

    [Theory]
    [InlineData("8100", "single byte 0x00 must be encoded as itself")]
    [InlineData("817f", "single byte 0x7f must be encoded as itself")]
    [InlineData("b80568656c6c6f", "string length 5 must use the short form")]
    [InlineData("f803c3c0c0c0", "list length 3 must use the short form")]
    [InlineData("b9003868656c6c6f", "length has a leading zero byte")]
    [InlineData("83646f", "declares 3 bytes but only 2 remain")]
    [InlineData("83646f6700", "1 trailing bytes")]
    [InlineData("c28364", "declares 3 bytes but only 1 remain")]
    [InlineData("b9ff", "runs past the end")]
    [InlineData("", "an item was expected")]
    [InlineData("bcffffffffff", "too large")]
    public void Non_canonical_and_truncated_input_is_refused(string hex, string reason)
    {
        var error = Assert.Throws<RlpException>(() => RlpCodec.Decode(Hex.Bytes(hex)));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Integers_with_leading_zeros_or_too_many_bytes_are_refused_naming_the_field()
    {
        Assert.Contains("nonce: non-canonical integer 0x0001",
            Assert.Throws<RlpException>(() => RlpItem.String([0, 1]).ToUInt("nonce")).Message);
        Assert.Contains("value: non-canonical integer 0x00",
            Assert.Throws<RlpException>(() => RlpCodec.Decode([0x00]).ToUInt("value")).Message);
        Assert.Contains("gas: integer of 9 bytes is longer than 8",
            Assert.Throws<RlpException>(() => RlpItem.UInt(BigInteger.One << 64).ToUInt64("gas")).Message);
        Assert.Contains("to: expected an RLP string but found a list",
            Assert.Throws<RlpException>(() => RlpItem.EmptyList.ToUInt("to")).Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_exhausting_the_stack()
    {
        var deep = Enumerable.Repeat((byte)0xc1, 5000).Append((byte)0xc0).ToArray();
        // Each 0xc1 claims one byte of payload, so the structure is truncated as well as deep; either way it is refused.
        Assert.Throws<RlpException>(() => RlpCodec.Decode(deep));

        var nested = RlpItem.EmptyList;
        for (int i = 0; i < RlpCodec.MaxDepth + 1; i++)
        {
            nested = RlpItem.List(nested);
        }
        Assert.Contains("nesting deeper than", Assert.Throws<RlpException>(() => RlpCodec.Decode(RlpCodec.Encode(nested))).Message);
    }

    private static readonly Gen<RlpItem> Items = Gen.Recursive<RlpItem>((depth, inner) => depth >= 4
        ? Gen.Byte.Array[0, 80].Select(b => RlpItem.String(b))
        : Gen.Frequency(
            (3, Gen.Byte.Array[0, 80].Select(b => RlpItem.String(b))),
            (1, inner.Array[0, 5].Select(RlpItem.List))));

    [Fact]
    public void Random_items_round_trip()
    {
        Items.Sample(item =>
        {
            var encoded = RlpCodec.Encode(item);
            Assert.Equal(RlpCodec.EncodedLength(item), encoded.Length);
            Assert.Equal(item, RlpCodec.Decode(encoded));
        }, iter: 500);
    }

    [Fact]
    public void Random_integers_round_trip_canonically()
    {
        Gen.Byte.Array[0, 32].Select(b => new BigInteger(b, isUnsigned: true, isBigEndian: true)).Sample(value =>
        {
            Assert.Equal(value, RlpCodec.Decode(RlpCodec.Encode(RlpItem.UInt(value))).ToUInt("value"));
        });
    }

    [Fact]
    public void Corrupted_encodings_decode_to_something_canonical_or_fail_with_an_rlp_error()
    {
        Gen.Select(Items, Gen.Int[0, int.MaxValue], Gen.Byte).Sample((item, at, b) =>
        {
            var encoded = RlpCodec.Encode(item);
            encoded[at % encoded.Length] = b;
            RlpItem decoded;
            try
            {
                decoded = RlpCodec.Decode(encoded);
            }
            catch (RlpException)
            {
                return;
            }
            // Only canonical input is accepted, so whatever decodes re-encodes to the same bytes.
            Assert.Equal(encoded, RlpCodec.Encode(decoded));
        }, iter: 800);
    }
}
