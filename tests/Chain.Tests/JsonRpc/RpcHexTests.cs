using System.Numerics;
using CsCheck;
using Livepeer.Chain.JsonRpc;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Chain.Tests.JsonRpc;

public sealed class RpcHexTests
{
    [Theory]
    [InlineData(0L, "0x0")]
    [InlineData(1L, "0x1")]
    [InlineData(15L, "0xf")]
    [InlineData(16L, "0x10")]
    [InlineData(255L, "0xff")]
    [InlineData(1337L, "0x539")]
    [InlineData(long.MaxValue, "0x7fffffffffffffff")]
    public void Quantities_have_no_leading_zeros(long value, string expected)
    {
        Assert.Equal(expected, RpcHex.Quantity(value));
        Assert.Equal(expected, RpcHex.Quantity(new BigInteger(value)));
        Assert.Equal(expected, RpcHex.Quantity((ulong)value));
        Assert.Equal(value, RpcHex.ParseInt64(expected));
    }

    [Fact]
    public void Uint256_max_round_trips()
    {
        var text = RpcHex.Quantity(BigEndian.MaxUint256);
        Assert.Equal("0x" + new string('f', 64), text);
        Assert.Equal(BigEndian.MaxUint256, RpcHex.ParseQuantity(text));
    }

    [Fact]
    public void Negative_quantities_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RpcHex.Quantity(-1L));
        Assert.Throws<ArgumentOutOfRangeException>(() => RpcHex.Quantity(BigInteger.MinusOne));
    }

    [Theory]
    [InlineData(null, "gasPrice: hex quantity is missing")]
    [InlineData("", "gasPrice: hex quantity must start with \"0x\", got ''")]
    [InlineData("12", "gasPrice: hex quantity must start with \"0x\", got '12'")]
    [InlineData("0X12", "gasPrice: hex quantity must start with \"0x\", got '0X12'")]
    [InlineData("0x", "gasPrice: hex quantity \"0x\" has no digits (zero is \"0x0\")")]
    [InlineData("0x00", "gasPrice: hex quantity must not have leading zeros, got '0x00'")]
    [InlineData("0x0123", "gasPrice: hex quantity must not have leading zeros, got '0x0123'")]
    [InlineData("0x12g4", "gasPrice: 'g' at position 4 is not a hex digit in '0x12g4'")]
    [InlineData("0x-1", "gasPrice: '-' at position 2 is not a hex digit in '0x-1'")]
    [InlineData(" 0x1", "gasPrice: hex quantity must start with \"0x\", got ' 0x1'")]
    public void Bad_quantities_fail_with_a_message_naming_the_field(string? text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => RpcHex.ParseQuantity(text, "gasPrice")).Message);
    }

    [Fact]
    public void Quantities_beyond_their_type_are_refused()
    {
        Assert.Contains("more than a uint256", Assert.Throws<FormatException>(() => RpcHex.ParseQuantity("0x1" + new string('0', 64), "q")).Message);
        Assert.Equal("n: 0x8000000000000000 does not fit in a signed 64-bit integer", Assert.Throws<FormatException>(() => RpcHex.ParseInt64("0x8000000000000000", "n")).Message);
        Assert.Equal(ulong.MaxValue, RpcHex.ParseUInt64("0xffffffffffffffff"));
        Assert.Throws<FormatException>(() => RpcHex.ParseUInt64("0x10000000000000000"));
    }

    [Fact]
    public void Upper_case_digits_are_accepted()
    {
        Assert.Equal(0xABCDEFL, RpcHex.ParseInt64("0xABCDEF"));
        Assert.Equal(new byte[] { 0xAB, 0xCD }, RpcHex.ParseData("0xABcd"));
    }

    [Theory]
    [InlineData("0x", new byte[0])]
    [InlineData("0x00", new byte[] { 0 })]
    [InlineData("0x0001ff", new byte[] { 0, 1, 0xff })]
    public void Data_keeps_every_byte(string text, byte[] bytes)
    {
        Assert.Equal(bytes, RpcHex.ParseData(text));
        Assert.Equal(text, RpcHex.Data(bytes));
    }

    [Theory]
    [InlineData(null, "input: hex data is missing")]
    [InlineData("abcd", "input: hex data must start with \"0x\", got 'abcd'")]
    [InlineData("0xabc", "input: hex data must have an even number of digits, got 3 in '0xabc'")]
    [InlineData("0xzz", "input: 'z' at position 2 is not a hex digit in '0xzz'")]
    public void Bad_data_fails_with_a_message_naming_the_field(string? text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => RpcHex.ParseData(text, "input")).Message);
    }

    [Fact]
    public void Hashes_and_addresses_must_have_their_exact_length()
    {
        var address = RpcHex.ParseAddress("0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1");
        Assert.Equal(EthAddress.Parse("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1"), address);
        Assert.Equal("to: expected 20 bytes, got 19 in '0x90f8bf6a479f320ead074411a4b0e7944ea8c9'",
            Assert.Throws<FormatException>(() => RpcHex.ParseAddress("0x90f8bf6a479f320ead074411a4b0e7944ea8c9", "to")).Message);
        Assert.Contains("expected 32 bytes, got 31", Assert.Throws<FormatException>(() => RpcHex.ParseHash("0x" + new string('a', 62))).Message);
    }

    [Fact]
    public void Long_input_is_shortened_in_messages()
    {
        var text = "0x" + new string('a', 199);
        var message = Assert.Throws<FormatException>(() => RpcHex.ParseData(text, "d")).Message;
        Assert.Contains("...", message);
        Assert.True(message.Length < 160, message);
    }

    [Fact]
    public void Every_uint256_round_trips_as_a_quantity()
    {
        Gen.Byte.Array[0, 32].Select(b => new BigInteger(b, isUnsigned: true, isBigEndian: true)).Sample(value =>
        {
            var text = RpcHex.Quantity(value);
            Assert.True(text == "0x0" || text[2] != '0', text);
            Assert.Equal(value, RpcHex.ParseQuantity(text));
        });
    }

    [Fact]
    public void Every_byte_string_round_trips_as_data()
    {
        Gen.Byte.Array[0, 100].Sample(bytes => Assert.Equal(bytes, RpcHex.ParseData(RpcHex.Data(bytes))));
    }
}
