using Livepeer.Protocol.Video;

namespace Livepeer.Protocol.Tests.Video;

public sealed class JsonProfilesTests
{
    [Fact]
    public void A_full_profile_reads_every_field()
    {
        var profiles = JsonProfiles.Parse("""
            [{"name":"hd","width":1280,"height":720,"bitrate":3000000,"fps":30000,"fpsDen":1001,"profile":"h264high","gop":"2.5","encoder":"H.264","colorDepth":0,"chromaFormat":0,"quality":23}]
            """);

        var p = Assert.Single(profiles);
        Assert.Equal(new RenditionProfile("hd", 1280, 720, 3_000_000, 30000, 1001, VideoCodecProfile.H264High, 2.5, VideoEncoder.H264, 0, 0, 23), p);
    }

    [Fact]
    public void Defaults_follow_go_livepeer_name_fpsDen_gop_and_field_case()
    {
        var p = Assert.Single(JsonProfiles.Parse("""[{"Width":640,"HEIGHT":360,"bitrate":900000}]"""));

        Assert.Equal("custom_640x360_900000", p.Name);
        Assert.Equal(0u, p.Fps);
        Assert.Equal(1u, p.FpsDen);
        Assert.Null(p.GopSeconds);
        Assert.Equal(VideoCodecProfile.None, p.Profile);
        Assert.Equal(VideoEncoder.H264, p.Encoder);
    }

    [Theory]
    [InlineData("intra", 0.0)]
    [InlineData("0", null)]
    [InlineData("", null)]
    [InlineData("2", 2.0)]
    public void Gop_text_maps_to_seconds_intra_or_encoder_default(string gop, double? expected)
    {
        var p = Assert.Single(JsonProfiles.Parse($$"""[{"width":640,"height":360,"bitrate":1,"gop":"{{gop}}"}]"""));
        Assert.Equal(expected, p.GopSeconds);
    }

    [Theory]
    [InlineData("""[{"width":640}]""", "profiles[0]: \"height\" is required")]
    [InlineData("""{"width":640}""", "profiles must be a JSON array of objects, got an object")]
    [InlineData("""[{"width":-1,"height":360,"bitrate":1}]""", "profiles[0]: \"width\" must be between 1 and 8192, got -1")]
    [InlineData("""[{"width":"640","height":360,"bitrate":1}]""", "profiles[0]: \"width\" must be a whole number, got \"640\"")]
    [InlineData("""[{"width":640,"height":360}]""", "profiles[0]: \"bitrate\" (bits per second) or \"quality\" must be set")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"gop":"-2"}]""", "profiles[0]: \"gop\" must not be negative, got -2")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"gop":"soon"}]""", "profiles[0]: \"gop\" \"soon\" is neither a number of seconds nor \"intra\"")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"encoder":"h264"}]""", "profiles[0]: unknown \"encoder\" \"h264\"; use exactly H.264, HEVC, VP8 or VP9")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"profile":"H264Extended"}]""", "profiles[0]: unknown \"profile\" \"H264Extended\"; use H264Baseline, H264Main, H264High, H264ConstrainedHigh or None")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"widht":3}]""", "profiles[0]: unknown field \"widht\"")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"name":"a b"}]""", "profiles[0]: rendition name \"a b\" may only hold letters, digits, '.', '_' and '-'")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"name":"Source"}]""", "profiles[0]: rendition name \"Source\" is reserved for the source segment")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"colorDepth":3}]""", "profiles[0]: \"colorDepth\" is bits above 8 and must be 0, 2, 4 or 8, got 3")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1,"fps":500}]""", "profiles[0]: frame rate 500/1 is above 240 fps")]
    [InlineData("""[1]""", "profiles[0] must be a JSON object, got a number")]
    [InlineData("""[{"width":640,"height":360,"bitrate":1}""", "profiles are not valid JSON")]
    public void Bad_profiles_are_refused_with_what_and_where(string json, string expected)
    {
        var error = Assert.Throws<VideoConfigException>(() => JsonProfiles.Parse(json));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_profiles_read_back_equal()
    {
        RenditionProfile[] profiles =
        [
            new("a", 640, 360, 1_000_000, 30, 1, VideoCodecProfile.H264Main, 2.5, VideoEncoder.H264, 0, 0, 0),
            new("b", 426, 240, 0, 0, 1, VideoCodecProfile.None, 0, VideoEncoder.Vp9, 2, 1, 30),
            new("c", 256, 144, 400_000, 25, 1, VideoCodecProfile.H264ConstrainedHigh, null, VideoEncoder.Hevc, 0, 2, 0),
        ];

        Assert.Equal(profiles, JsonProfiles.Parse(JsonProfiles.ToJson(profiles)));
    }

    [Fact]
    public void Two_renditions_with_one_name_are_refused()
    {
        var config = StreamConfiguration.ParseHeader("""{"presets":["P240p30fps16x9"],"profiles":[{"name":"p240p30fps16x9","width":1,"height":1,"bitrate":1}]}""");
        var error = Assert.Throws<VideoConfigException>(() => config.Renditions([]));
        Assert.Contains("two renditions are named \"p240p30fps16x9\"", error.Message, StringComparison.Ordinal);
    }
}
