using Livepeer.Chain.Abi;
using Livepeer.Chain.Tests.Support;

namespace Livepeer.Chain.Tests.Abi;

public sealed class AbiDecoderStrictnessTests
{
    private static AbiException DecodeFails(string types, string hex) =>
        Assert.Throws<AbiException>(() => AbiDecoder.DecodeParameters(AbiType.ParseList(types), Hex.Bytes(hex)));

    [Fact]
    public void Uint_with_bits_above_its_size_is_refused()
    {
        var error = DecodeFails("(uint8)", Hex.Word("100"));
        Assert.Contains("arg[0] (uint8)", error.Message);
        Assert.Contains("out of range for uint8", error.Message);
    }

    [Fact]
    public void Int_that_is_not_sign_extended_is_refused()
    {
        Assert.Contains("out of range for int8", DecodeFails("(int8)", Hex.Word("ff")).Message);
    }

    [Fact]
    public void Address_with_dirty_high_bytes_is_refused()
    {
        Assert.Contains("non-zero bytes above the 20-byte address", DecodeFails("(address)", "01" + new string('0', 60) + "01").Message);
    }

    [Fact]
    public void Bool_other_than_0_or_1_is_refused()
    {
        Assert.Contains("is not 0 or 1", DecodeFails("(bool)", Hex.Word("2")).Message);
    }

    [Fact]
    public void Fixed_bytes_with_non_zero_padding_is_refused()
    {
        Assert.Contains("non-zero bytes after the 4-byte value", DecodeFails("(bytes4)", "aabbccdd01".PadRight(64, '0')).Message);
    }

    [Fact]
    public void Truncated_static_data_is_refused()
    {
        var error = DecodeFails("(uint256,uint256)", Hex.Word("1"));
        Assert.Contains("arg[1] (uint256)", error.Message);
        Assert.Contains("needs 32 bytes at offset 32 but the data is 32 bytes", error.Message);
    }

    [Fact]
    public void Offset_past_the_end_is_refused()
    {
        Assert.Contains("points past the end", DecodeFails("(bytes)", Hex.Word("40")).Message);
    }

    [Fact]
    public void Huge_offset_is_refused()
    {
        Assert.Contains("offset 0x1", DecodeFails("(bytes)", "1" + new string('0', 63)).Message);
    }

    [Fact]
    public void Length_past_the_end_is_refused()
    {
        var error = DecodeFails("(string)", Hex.Word("20") + Hex.Word("21") + new string('6', 64));
        Assert.Contains("length 33 runs past the end", error.Message);
    }

    [Fact]
    public void Array_length_larger_than_the_data_is_refused_before_allocating()
    {
        var error = DecodeFails("(uint256[])", Hex.Word("20") + Hex.Word("ffffff"));
        Assert.Contains("array length 16777215 needs", error.Message);
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_refused()
    {
        Assert.Contains("not valid UTF-8", DecodeFails("(string)", Hex.Word("20") + Hex.Word("2") + "c328".PadRight(64, '0')).Message);
    }

    [Fact]
    public void Offsets_that_reuse_one_tail_many_times_are_refused()
    {
        // bytes[] of 200 elements all pointing at one 1 KiB tail: 200 KiB of values from ~7 KiB of data.
        const int count = 200;
        var heads = string.Concat(Enumerable.Repeat(Hex.Word((count * 32).ToString("x")), count));
        var tail = Hex.Word("400") + new string('a', 2048);
        var error = DecodeFails("(bytes[])", Hex.Word("20") + Hex.Word(count.ToString("x")) + heads + tail);
        Assert.Contains("far more than its own size", error.Message);
    }

    [Fact]
    public void Trailing_bytes_after_the_parameters_are_ignored()
    {
        var values = AbiDecoder.DecodeParameters([AbiType.UInt256], Hex.Bytes(Hex.Word("7") + "ff"));
        Assert.Equal(AbiValue.Number(7), values[0]);
    }

    [Fact]
    public void Encoding_errors_name_the_path_and_the_problem()
    {
        var type = AbiType.Parse("(address,(uint8,bytes2)[])");
        var value = AbiValue.List(
            AbiValue.Address(default),
            AbiValue.List(AbiValue.List(1, AbiValue.Bytes([1, 2])), AbiValue.List(2, AbiValue.Bytes([1, 2, 3]))));
        var error = Assert.Throws<AbiException>(() => AbiEncoder.Encode(type, value));
        Assert.Contains("arg[0][1][1][1] (bytes2)", error.Message);
        Assert.Contains("needs exactly 2 bytes, got 3", error.Message);

        var kind = Assert.Throws<AbiException>(() => AbiEncoder.Encode(AbiType.Bool, AbiValue.Number(1)));
        Assert.Contains("bool needs a bool but the value is number: 1", kind.Message);

        var surrogate = Assert.Throws<AbiException>(() => AbiEncoder.Encode(AbiType.String, AbiValue.String("a\ud800")));
        Assert.Contains("lone surrogate", surrogate.Message);
    }
}
