using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Video;
using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Tests.Video;

public sealed class TranscodeJobTests
{
    [Fact]
    public void Parameters_round_trip_through_json()
    {
        var parameters = new TranscodeJobParameters("demo", SegmentFormat.Mp4, TimeSpan.FromSeconds(8), Segments.Small, 12, TimeSpan.FromMilliseconds(2000));

        Assert.Equal(parameters with { Profiles = [] }, TranscodeJobParameters.Parse(parameters.ToJson()) with { Profiles = [] });
        Assert.Equal(Segments.Small, TranscodeJobParameters.Parse(parameters.ToJson()).Profiles);
    }

    [Theory]
    [InlineData("[]", "bad transcode parameters: the parameters must be a JSON object")]
    [InlineData("""{"format":"ts"}""", "bad transcode parameters: \"manifestId\" is required")]
    [InlineData("""{"manifestId":"a b","format":"ts"}""", "bad transcode parameters: manifest ID \"a b\" may only hold")]
    [InlineData("""{"manifestId":"m","format":"flv","timeoutMs":1,"profiles":[]}""", "bad transcode parameters: \"format\" must be \"ts\" or \"mp4\", got \"flv\"")]
    [InlineData("""{"manifestId":"m","format":"ts","timeoutMs":0,"profiles":[]}""", "bad transcode parameters: \"timeoutMs\" must be a positive whole number")]
    [InlineData("""{"manifestId":"m","format":"ts","timeoutMs":1,"profiles":[]}""", "bad transcode parameters: \"profiles\" names no rendition")]
    [InlineData("""{"manifestId":"m","format":"ts","timeoutMs":1,"profiles":[{"width":1}]}""", "bad transcode parameters: profiles[0]: \"height\" is required")]
    [InlineData("{", "bad transcode parameters: not valid JSON")]
    public void Bad_parameters_are_bad_input_with_a_reason(string json, string expected)
    {
        var error = Assert.Throws<WorkRejectedException>(() => TranscodeJobParameters.Parse(json));

        Assert.True(error.IsBadInput);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_carries_pixels_as_units_and_reads_back_checked_against_the_profiles()
    {
        var segment = new TranscodedSegment(320, 180, 30, TimeSpan.FromSeconds(1),
            [new("low", [1, 2], 160, 90, 15, 160 * 90 * 15), new("mid", [3], 256, 144, 30, 256 * 144 * 30)], TimeSpan.FromMilliseconds(42));

        var output = TranscodeOutput.ToWorkOutput(segment, SegmentFormat.MpegTs);

        Assert.Equal(160 * 90 * 15 + 256 * 144 * 30, (long)output.Units);
        Assert.Equal(["video/MP2T", "video/MP2T"], output.Artifacts.Select(a => a.ContentType));
        var back = TranscodeOutput.FromWorkOutput(output, Segments.Small);
        Assert.Equal(segment.Renditions.Select(r => (r.Name, r.Width, r.Height, r.Frames, r.Pixels)), back.Renditions.Select(r => (r.Name, r.Width, r.Height, r.Frames, r.Pixels)));
        Assert.Equal(TimeSpan.FromSeconds(1), back.SourceDuration);

        var reversed = Assert.Throws<FormatException>(() => TranscodeOutput.FromWorkOutput(output, [Segments.Small[1], Segments.Small[0]]));
        Assert.Equal("rendition 1 is \"low\", expected \"mid\"", reversed.Message);
        var missing = Assert.Throws<FormatException>(() => TranscodeOutput.FromWorkOutput(output with { Artifacts = [output.Artifacts[0]] }, Segments.Small));
        Assert.Equal("the orchestrator returned 1 renditions for 2 profiles", missing.Message);
        var malformed = Assert.Throws<FormatException>(() => TranscodeOutput.FromWorkOutput(output with { Metadata = "{}" }, Segments.Small));
        Assert.StartsWith("the orchestrator's rendition metadata is malformed", malformed.Message, StringComparison.Ordinal);
    }
}
