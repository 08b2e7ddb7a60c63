using System.Numerics;
using System.Text;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Tests.Support;

namespace Livepeer.Chain.Tests.Abi;

// The worked examples of the Solidity ABI specification ("Examples" and "Use of Dynamic Types").
public sealed class SolidityAbiSpecVectorTests
{
    private static AbiValue Text(string s) => AbiValue.Bytes(Encoding.ASCII.GetBytes(s));

    [Fact]
    public void Baz_uint32_bool()
    {
        var baz = AbiFunction.Parse("baz(uint32 x, bool y)", "(bool r)");
        Assert.Equal("baz(uint32,bool)", baz.Signature);
        Assert.Equal("0xcdcd77c0", baz.Selector.ToString());
        var calldata = baz.EncodeCall(69, true);
        Assert.Equal("cdcd77c0" + Hex.Word("45") + Hex.Word("1"), Hex.Of(calldata));
        Assert.Equal([AbiValue.Number(69), AbiValue.Bool(true)], baz.DecodeCall(calldata));
    }

    [Fact]
    public void Bar_bytes3_fixed_array()
    {
        var bar = AbiFunction.Parse("bar(bytes3[2])");
        Assert.Equal("0xfce353f6", bar.Selector.ToString());
        var calldata = bar.EncodeCall(AbiValue.List(Text("abc"), Text("def")));
        Assert.Equal("fce353f6" + "616263".PadRight(64, '0') + "646566".PadRight(64, '0'), Hex.Of(calldata));
    }

    [Fact]
    public void Sam_bytes_bool_uint_array()
    {
        var sam = AbiFunction.Parse("sam(bytes,bool,uint256[])");
        Assert.Equal("0xa5643bf2", sam.Selector.ToString());
        var args = new[] { Text("dave"), AbiValue.Bool(true), AbiValue.List(1, 2, 3) };
        var calldata = sam.EncodeCall(args);
        var expected = "a5643bf2"
            + Hex.Word("60") + Hex.Word("1") + Hex.Word("a0")
            + Hex.Word("4") + "64617665".PadRight(64, '0')
            + Hex.Word("3") + Hex.Word("1") + Hex.Word("2") + Hex.Word("3");
        Assert.Equal(expected, Hex.Of(calldata));
        Assert.Equal(args, sam.DecodeCall(calldata));
    }

    [Fact]
    public void F_uint_uint32_array_bytes10_bytes()
    {
        var types = AbiType.ParseList("(uint256,uint32[],bytes10,bytes)");
        var f = AbiFunction.Parse("f(uint256,uint32[],bytes10,bytes)");
        Assert.Equal("0x8be65246", f.Selector.ToString());
        var args = new[] { AbiValue.Number(0x123), AbiValue.List(0x456, 0x789), Text("1234567890"), Text("Hello, world!") };
        var expected =
            Hex.Word("123") + Hex.Word("80") + "31323334353637383930".PadRight(64, '0') + Hex.Word("e0")
            + Hex.Word("2") + Hex.Word("456") + Hex.Word("789")
            + Hex.Word("d") + "48656c6c6f2c20776f726c6421".PadRight(64, '0');
        Assert.Equal(expected, Hex.Of(AbiEncoder.EncodeParameters(types, args)));
        Assert.Equal("8be65246" + expected, Hex.Of(f.EncodeCall(args)));
        Assert.Equal(args, AbiDecoder.DecodeParameters(types, Hex.Bytes(expected)));
    }

    [Fact]
    public void G_nested_dynamic_arrays_and_strings()
    {
        var g = AbiFunction.Parse("g(uint256[][],string[])");
        Assert.Equal("0x2289b18c", g.Selector.ToString());
        var args = new[]
        {
            AbiValue.List(AbiValue.List(1, 2), AbiValue.List(3)),
            AbiValue.List(AbiValue.String("one"), AbiValue.String("two"), AbiValue.String("three")),
        };
        string[] words =
        [
            Hex.Word("40"), Hex.Word("140"), Hex.Word("2"), Hex.Word("40"), Hex.Word("a0"), Hex.Word("2"),
            Hex.Word("1"), Hex.Word("2"), Hex.Word("1"), Hex.Word("3"), Hex.Word("3"), Hex.Word("60"),
            Hex.Word("a0"), Hex.Word("e0"), Hex.Word("3"), "6f6e65".PadRight(64, '0'), Hex.Word("3"),
            "74776f".PadRight(64, '0'), Hex.Word("5"), "7468726565".PadRight(64, '0'),
        ];
        var calldata = g.EncodeCall(args);
        Assert.Equal("2289b18c" + string.Concat(words), Hex.Of(calldata));
        Assert.Equal(args, g.DecodeCall(calldata));
    }

    [Theory]
    [InlineData("int8", -1, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("int8", -128, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80")]
    [InlineData("int8", 127, "000000000000000000000000000000000000000000000000000000000000007f")]
    [InlineData("int256", -2, "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")]
    [InlineData("uint8", 255, "00000000000000000000000000000000000000000000000000000000000000ff")]
    public void Signed_and_unsigned_integers_are_twos_complement_words(string type, long value, string word)
    {
        var abiType = AbiType.Parse(type);
        Assert.Equal(word, Hex.Of(AbiEncoder.Encode(abiType, value)));
        Assert.Equal(AbiValue.Number(value), AbiDecoder.Decode(abiType, Hex.Bytes(word)));
    }

    [Theory]
    [InlineData("uint8", 256)]
    [InlineData("uint8", -1)]
    [InlineData("int8", 128)]
    [InlineData("int8", -129)]
    [InlineData("uint32", 4294967296)]
    public void Out_of_range_integers_are_refused_with_the_range(string type, long value)
    {
        var error = Assert.Throws<AbiException>(() => AbiEncoder.Encode(AbiType.Parse(type), value));
        Assert.Contains($"{value} is out of range for {type}", error.Message);
    }

    [Fact]
    public void Uint256_limits()
    {
        var max = (BigInteger.One << 256) - 1;
        Assert.Equal(new string('f', 64), Hex.Of(AbiEncoder.Encode(AbiType.UInt256, max)));
        Assert.Throws<AbiException>(() => AbiEncoder.Encode(AbiType.UInt256, max + 1));
        Assert.Equal("8" + new string('0', 63), Hex.Of(AbiEncoder.Encode(AbiType.Int256, -(BigInteger.One << 255))));
    }
}
