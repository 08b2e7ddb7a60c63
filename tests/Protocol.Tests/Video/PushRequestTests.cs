using Livepeer.Protocol.Video;

namespace Livepeer.Protocol.Tests.Video;

public sealed class PushRequestTests
{
    [Theory]
    [InlineData("/live/movie/12.ts", "movie", 12, SegmentFormat.MpegTs)]
    [InlineData("/live/movie/7.MP4", "movie", 7, SegmentFormat.Mp4)]
    [InlineData("/live/movie/sub/3.ts", "movie", 3, SegmentFormat.MpegTs)]
    [InlineData("/live/movie/seg.ts", "movie", 0, SegmentFormat.MpegTs)]
    [InlineData("/stream/abc_1-2/0.ts", "abc_1-2", 0, SegmentFormat.MpegTs)]
    public void Paths_name_manifest_sequence_and_container(string path, string manifest, long seq, SegmentFormat format)
    {
        Assert.Equal(new PushPath(manifest, seq, format), PushPath.Parse(path));
    }

    [Theory]
    [InlineData("/live/movie/index.m3u8", "ignoring file extension: .m3u8")]
    [InlineData("/live/movie/12", "ignoring file extension: (none)")]
    [InlineData("/live//12.ts", "Bad URL")]
    [InlineData("/live/.ts", "Bad URL")]
    [InlineData("/live/mo%20vie/1.ts", "Bad URL: manifest ID \"mo%20vie\" may only hold letters, digits, '.', '_' and '-'")]
    public void Bad_paths_get_go_livepeer_texts(string path, string expected)
    {
        var error = Assert.Throws<VideoConfigException>(() => PushPath.Parse(path));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 2000)]
    [InlineData("", 2000)]
    [InlineData("abc", 2000)]
    [InlineData("1500", 1500)]
    [InlineData("0", 0)]
    [InlineData("300000", 300000)]
    public void Content_duration_defaults_to_two_seconds(string? header, int ms)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(ms), PushHeaders.Duration(header));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("300001")]
    public void Content_duration_outside_five_minutes_is_refused(string header)
    {
        var error = Assert.Throws<VideoConfigException>(() => PushHeaders.Duration(header));
        Assert.StartsWith("Content-Duration must be between 0 and 300000 milliseconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_and_slices_parse_or_explain()
    {
        Assert.Equal((1920, 1080), PushHeaders.Resolution("1920x1080"));
        Assert.Null(PushHeaders.Resolution(null));
        Assert.Contains("WIDTHxHEIGHT", Assert.Throws<VideoConfigException>(() => PushHeaders.Resolution("1920*1080")).Message, StringComparison.Ordinal);

        Assert.Null(PushHeaders.Slice(null, " "));
        Assert.Equal(new SegmentSlice(TimeSpan.FromMilliseconds(100), null), PushHeaders.Slice("100", null));
        Assert.StartsWith("Invalid slice config", Assert.Throws<VideoConfigException>(() => PushHeaders.Slice("900", "100")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid slice config", Assert.Throws<VideoConfigException>(() => PushHeaders.Slice("x", "100")).Message, StringComparison.Ordinal);
    }
}
