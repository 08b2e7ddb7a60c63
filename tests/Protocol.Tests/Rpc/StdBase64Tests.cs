using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Rpc;

// Header values are read as Go's base64.StdEncoding reads them.
public sealed class StdBase64Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("AA==", "00")]
    [InlineData("AAE=", "0001")]
    [InlineData("AAEC", "000102")]
    [InlineData("+/+/", "fbffbf")]
    public void Padded_standard_base64_decodes(string text, string hex) =>
        Assert.Equal(hex, Convert.ToHexStringLower(StdBase64.TryDecode(text, out _)!));

    [Theory]
    [InlineData("AA A", "illegal base64 data at input byte 2")]
    [InlineData("AA\tA", "illegal base64 data at input byte 2")]
    [InlineData("-_-_", "illegal base64 data at input byte 0")]
    [InlineData("AAA", "illegal base64 data at input byte 0 (length 3 is not a multiple of 4)")]
    [InlineData("AAAAA", "illegal base64 data at input byte 4 (length 5 is not a multiple of 4)")]
    [InlineData("A=AA", "illegal base64 data at input byte 1 (misplaced padding)")]
    public void Anything_go_refuses_is_refused_with_the_position(string text, string error)
    {
        Assert.Null(StdBase64.TryDecode(text, out var actual));
        Assert.Equal(error, actual);
    }

    [Fact]
    public void Payment_and_segment_headers_use_it()
    {
        Assert.Equal("base64 decode error: illegal base64 data at input byte 2", Assert.Throws<WireFormatException>(() => PaymentWire.ParseHeader("AA A")).Message);
        var segment = Assert.Throws<WireFormatException>(() => SegDataWire.ParseHeader("AA A"));
        Assert.Equal("ErrorSegEncoding", segment.Message);
        Assert.Equal(WireLayer.Base64, segment.Layer);
    }
}
