using Livepeer.Media.Tests.Support;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Transcoding;

[Collection(MediaCollection.Name)]
public sealed class InspectorTests(TestMedia media, EngineFixture engine)
{
    [Fact]
    public async Task Inspect_counts_frames_pixels_rate_and_duration()
    {
        var info = await engine.Inspector.InspectAsync(media.Testsrc720Mp4, SegmentContainer.Mp4);

        Assert.True(info.HasVideo);
        Assert.Equal((1280, 720), (info.Width, info.Height));
        Assert.Equal(60, info.Frames);
        Assert.Equal(1280L * 720 * 60, info.Pixels);
        Assert.Equal(30, info.FramesPerSecond, 3);
        Assert.InRange(info.Duration.TotalSeconds, 1.95, 2.1);
        Assert.Equal(3 + (8 * 16 * 16), info.Signature.Length);
    }

    [Fact]
    public async Task Renditions_of_one_source_have_close_signatures_and_a_different_video_is_far()
    {
        TranscodeProfile[] profiles = [Presets.P240p30fps16x9, Presets.P360p30fps16x9, new("half-rate", 256, 144, 200_000, 15, 1, H264Profile.None, null)];
        var source = await engine.Inspector.InspectAsync(media.Testsrc720Ts, SegmentContainer.MpegTs);
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.Testsrc720Ts, SegmentContainer.MpegTs, profiles));
        var other = await engine.Inspector.InspectAsync(media.Mandelbrot720Ts, SegmentContainer.MpegTs);

        Assert.Equal(source.Signature, result.Source.Signature);
        foreach (var rendition in result.Renditions)
        {
            var info = await engine.Inspector.InspectAsync(rendition.Data, SegmentContainer.MpegTs);
            Assert.Equal(rendition.Pixels, info.Pixels);
            Assert.Equal(rendition.Frames, info.Frames);
            var distance = SegmentSignature.Distance(source.Signature, info.Signature);
            Assert.True(distance < 4, $"{rendition.Name}: distance {distance:F2} to its source");
            Assert.True(SegmentSignature.IsMatch(source.Signature, info.Signature));
            var far = SegmentSignature.Distance(other.Signature, info.Signature);
            Assert.True(far > 3 * SegmentSignature.DefaultMatchThreshold, $"{rendition.Name}: distance {far:F2} to a different video");
            Assert.False(SegmentSignature.IsMatch(other.Signature, info.Signature));
        }
    }

    [Theory]
    [InlineData(SegmentContainer.MpegTs)]
    [InlineData(SegmentContainer.Mp4)]
    public async Task Audio_only_is_reported_without_video_not_as_an_error(SegmentContainer container)
    {
        var info = await engine.Inspector.InspectAsync(container == SegmentContainer.Mp4 ? media.AudioOnlyMp4 : media.AudioOnlyTs, container);

        Assert.False(info.HasVideo);
        Assert.Equal(0, info.Frames);
        Assert.Equal(0, info.Pixels);
        Assert.Empty(info.Signature);
        Assert.InRange(info.Duration.TotalSeconds, 1.9, 2.1);
    }
}
