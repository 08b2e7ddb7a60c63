using Livepeer.Media.Tests.Support;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Transcoding;

[Collection(MediaCollection.Name)]
public sealed class TranscodeTests(TestMedia media, EngineFixture engine)
{
    [Theory]
    [InlineData(SegmentContainer.MpegTs)]
    [InlineData(SegmentContainer.Mp4)]
    public async Task Renditions_have_the_profile_size_rate_duration_codec_and_the_source_audio(SegmentContainer container)
    {
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.Get(container), container, Presets.Default));

        Assert.Equal(["P240p30fps16x9", "P360p30fps16x9"], result.Renditions.Select(r => r.Name));
        (int W, int H)[] expected = [(426, 240), (640, 360)];
        for (var i = 0; i < expected.Length; i++)
        {
            var rendition = result.Renditions[i];
            var probe = await ProbeResult.OfAsync(rendition.Data, TestMedia.Extension(container));
            Assert.Contains(container == SegmentContainer.Mp4 ? "mp4" : "mpegts", probe.FormatName);
            Assert.Equal("h264", probe.Video.CodecName);
            Assert.Equal(expected[i], (probe.Video.Width, probe.Video.Height));
            Assert.Equal(expected[i], (rendition.Width, rendition.Height));
            Assert.Equal("30/1", probe.Video.FrameRate);
            Assert.InRange(probe.DurationSeconds, 1.95, 2.1);
            Assert.True(probe.HasAudio, "the source audio is copied into every rendition");
            Assert.Equal("aac", probe.Streams.Single(s => s.CodecType == "audio").CodecName);
            Assert.Equal(60, probe.Video.Frames);
            Assert.Equal(probe.Video.Frames, rendition.Frames);
            Assert.Equal((long)rendition.Width * rendition.Height * rendition.Frames, rendition.Pixels);
        }
    }

    [Fact]
    public async Task Source_info_describes_the_decoded_segment()
    {
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.Testsrc720Ts, SegmentContainer.MpegTs, [Presets.P144p30fps16x9]));

        var source = result.Source;
        Assert.True(source.HasVideo);
        Assert.Equal((1280, 720), (source.Width, source.Height));
        Assert.Equal(60, source.Frames);
        Assert.Equal(1280L * 720 * 60, source.Pixels);
        Assert.Equal(30, source.FramesPerSecond, 3);
        Assert.InRange(source.Duration.TotalSeconds, 1.95, 2.1);
        Assert.NotEmpty(source.Signature);
    }

    [Fact]
    public async Task Frame_rate_is_converted_per_profile_and_zero_keeps_the_source_rate()
    {
        TranscodeProfile[] profiles =
        [
            new("half", 256, 144, 300_000, 15, 1, H264Profile.None, null),
            new("keep", 256, 144, 300_000, 0, 1, H264Profile.None, null),
        ];
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.Testsrc720Ts, SegmentContainer.MpegTs, profiles));

        var half = await ProbeResult.OfAsync(result.Renditions[0].Data, ".ts");
        Assert.Equal("15/1", half.Video.FrameRate);
        Assert.Equal(30, half.Video.Frames);
        Assert.Equal(30, result.Renditions[0].Frames);
        Assert.InRange(half.DurationSeconds, 1.95, 2.1);
        var keep = await ProbeResult.OfAsync(result.Renditions[1].Data, ".ts");
        Assert.Equal("30/1", keep.Video.FrameRate);
        Assert.Equal(60, keep.Video.Frames);
    }

    [Fact]
    public async Task H264_profile_and_gop_are_applied()
    {
        TranscodeProfile[] profiles =
        [
            new("intra-baseline", 256, 144, 300_000, 30, 1, H264Profile.Baseline, 0),
            new("high-1s", 256, 144, 300_000, 30, 1, H264Profile.High, 1),
            new("main", 256, 144, 300_000, 30, 1, H264Profile.Main, null),
            new("constrained-high", 256, 144, 300_000, 30, 1, H264Profile.ConstrainedHigh, null),
        ];
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.Testsrc720Ts, SegmentContainer.MpegTs, profiles));

        var intra = await ProbeResult.OfAsync(result.Renditions[0].Data, ".ts");
        Assert.Equal("Constrained Baseline", intra.Video.Profile);
        var intraFlags = await ProbeResult.VideoPacketFlagsAsync(result.Renditions[0].Data, ".ts");
        Assert.Equal(60, intraFlags.Count);
        Assert.All(intraFlags, f => Assert.StartsWith("K", f, StringComparison.Ordinal));

        var high = await ProbeResult.OfAsync(result.Renditions[1].Data, ".ts");
        Assert.Equal("High", high.Video.Profile);
        var highFlags = await ProbeResult.VideoPacketFlagsAsync(result.Renditions[1].Data, ".ts");
        Assert.Equal(2, highFlags.Count(f => f.StartsWith('K')));

        Assert.Equal("Main", (await ProbeResult.OfAsync(result.Renditions[2].Data, ".ts")).Video.Profile);
        Assert.Equal("High", (await ProbeResult.OfAsync(result.Renditions[3].Data, ".ts")).Video.Profile);
    }

    [Fact]
    public async Task Aspect_ratio_is_kept_by_fitting_the_larger_source_side_with_even_dimensions()
    {
        // 640x480 into a 426x240 box: the width (larger side) becomes 426, the height follows the 4:3 shape.
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.FourByThreeTs, SegmentContainer.MpegTs, [Presets.P240p30fps16x9]));

        var probe = await ProbeResult.OfAsync(result.Renditions[0].Data, ".ts");
        Assert.Equal((426, 320), (probe.Video.Width, probe.Video.Height));
        Assert.Equal((426, 320), (result.Renditions[0].Width, result.Renditions[0].Height));
        Assert.False(probe.HasAudio, "a source without audio gives renditions without audio");
    }

    [Fact]
    public async Task Audio_only_segments_are_passed_through_into_every_rendition()
    {
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.AudioOnlyTs, SegmentContainer.MpegTs, Presets.Default));

        Assert.False(result.Source.HasVideo);
        Assert.Empty(result.Source.Signature);
        Assert.InRange(result.Source.Duration.TotalSeconds, 1.9, 2.1);
        Assert.Equal(2, result.Renditions.Count);
        Assert.All(result.Renditions, r =>
        {
            Assert.Equal(media.AudioOnlyTs, r.Data);
            Assert.Equal(0, r.Pixels);
            Assert.Equal(0, r.Frames);
        });
    }

    [Fact]
    public async Task No_profiles_decodes_the_source_only()
    {
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, []));

        Assert.Empty(result.Renditions);
        Assert.Equal(30, result.Source.Frames);
        Assert.Equal(320L * 180 * 30, result.Source.Pixels);
    }

    [Fact]
    public async Task Ts_source_can_be_delivered_as_mp4()
    {
        var result = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.Mp4, [Presets.P144p30fps16x9]));

        var probe = await ProbeResult.OfAsync(result.Renditions[0].Data, ".mp4");
        Assert.Contains("mp4", probe.FormatName);
        Assert.True(probe.HasAudio);
        Assert.Equal(30, probe.Video.Frames);
        Assert.InRange(probe.DurationSeconds, 0.95, 1.1);
    }
}
