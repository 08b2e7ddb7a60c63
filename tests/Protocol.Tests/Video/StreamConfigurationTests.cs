using Livepeer.Protocol.Video;

namespace Livepeer.Protocol.Tests.Video;

public sealed class StreamConfigurationTests
{
    private static readonly IReadOnlyList<RenditionProfile> Defaults = VideoPresets.ParseList(VideoPresets.DefaultNames);

    [Fact]
    public void Presets_then_profiles_in_order_with_verification()
    {
        var config = StreamConfiguration.ParseHeader("""
            {"manifestID":"m","presets":["P360p30fps16x9"],"profiles":[{"name":"tiny","width":160,"height":90,"bitrate":100000}],"verificationFreq":3,"objectStore":"s3://x","unknownField":1}
            """);

        Assert.Equal("m", config.ManifestId);
        Assert.Equal(3u, config.VerificationFreq);
        Assert.Equal(["P360p30fps16x9", "tiny"], config.Renditions(Defaults).Select(p => p.Name));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"presets":[],"profiles":[]}""")]
    [InlineData("""{"presets":null}""")]
    public void Without_renditions_the_node_defaults_apply(string json)
    {
        Assert.Equal(["P240p30fps16x9", "P360p30fps16x9"], StreamConfiguration.ParseHeader(json).Renditions(Defaults).Select(p => p.Name));
    }

    [Theory]
    [InlineData("not json", "failed to parse transcode config header: not valid JSON")]
    [InlineData("[]", "failed to parse transcode config header: the configuration must be a JSON object, got an array")]
    [InlineData("""{"presets":"P360p30fps16x9"}""", "failed to parse transcode config header: \"presets\" must be an array of strings")]
    [InlineData("""{"verificationFreq":-1}""", "failed to parse transcode config header: \"verificationFreq\" must be a whole number between 0 and 4294967295, got -1")]
    [InlineData("""{"profiles":[{"width":1}]}""", "failed to parse transcode config header: profiles[0]: \"height\" is required")]
    public void Bad_headers_say_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<VideoConfigException>(() => StreamConfiguration.ParseHeader(json));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_preset_names_the_known_ones()
    {
        var config = StreamConfiguration.ParseHeader("""{"presets":["P1080p"]}""");
        var error = Assert.Throws<VideoConfigException>(() => config.Renditions(Defaults));
        Assert.StartsWith("unknown preset \"P1080p\"; known presets: P720p60fps16x9, ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preset_table_matches_the_spec()
    {
        Assert.Equal(13, VideoPresets.Names.Count);
        Assert.True(VideoPresets.TryGet("P240p30fps16x9", out var p240));
        Assert.Equal((426, 240, 600_000, 30u), (p240.Width, p240.Height, p240.BitrateBps, p240.Fps));
        Assert.True(VideoPresets.TryGet("P720p30fps4x3", out var p720));
        Assert.Equal((960, 720, 3_500_000, 30u), (p720.Width, p720.Height, p720.BitrateBps, p720.Fps));
        Assert.False(VideoPresets.TryGet("P144p25fps16x9", out _));
    }
}
