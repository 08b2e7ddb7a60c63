using Livepeer.Protocol.Video;
using Livepeer.TestSupport.Media;

namespace Livepeer.Protocol.Tests.Video;

public sealed class SegmentProbeTests
{
    [Fact]
    public async Task A_video_segment_with_audio_is_seen_as_such_in_both_containers()
    {
        var ts = SegmentProbe.Probe(await TestClips.SegmentAsync(), SegmentFormat.MpegTs);
        var mp4 = SegmentProbe.Probe(await TestClips.SegmentAsync(mp4: true), SegmentFormat.Mp4);

        Assert.Equal(new SegmentProbeResult(null, true, true), ts);
        Assert.Equal(new SegmentProbeResult(null, true, true), mp4);
    }

    [Fact]
    public async Task Audio_only_and_video_only_are_told_apart()
    {
        Assert.Equal(new SegmentProbeResult(null, false, true), SegmentProbe.Probe(await TestClips.AudioOnlyAsync(), SegmentFormat.MpegTs));
        Assert.Equal(new SegmentProbeResult(null, true, false), SegmentProbe.Probe(await TestClips.SegmentAsync(audio: false), SegmentFormat.MpegTs));
    }

    [Fact]
    public async Task Truncated_segments_keep_their_tables_but_a_missing_start_does_not()
    {
        var segment = await TestClips.SegmentAsync();

        Assert.True(SegmentProbe.Probe(segment.AsSpan(0, segment.Length / 2), SegmentFormat.MpegTs).HasVideo);
        Assert.StartsWith("not an MPEG-TS segment", SegmentProbe.Probe(segment.AsSpan(100), SegmentFormat.MpegTs).Problem, StringComparison.Ordinal);
        Assert.StartsWith("not an MPEG-TS segment", SegmentProbe.Probe(segment.AsSpan(0, 100), SegmentFormat.MpegTs).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_segment_in_the_other_container_is_refused()
    {
        Assert.False(SegmentProbe.Probe(await TestClips.SegmentAsync(), SegmentFormat.Mp4).IsValid);
        Assert.False(SegmentProbe.Probe(await TestClips.SegmentAsync(mp4: true), SegmentFormat.MpegTs).IsValid);
    }

    [Fact]
    public void Empty_and_random_bytes_are_refused_with_a_reason()
    {
        Assert.Equal("the segment is empty", SegmentProbe.Probe([], SegmentFormat.MpegTs).Problem);
        var random = new byte[64 * 1024];
        new Random(7).NextBytes(random);
        random[0] = 0x47;
        var ts = SegmentProbe.Probe(random, SegmentFormat.MpegTs);
        var mp4 = SegmentProbe.Probe(random, SegmentFormat.Mp4);
        Assert.StartsWith("not an MPEG-TS segment: packet", ts.Problem, StringComparison.Ordinal);
        Assert.StartsWith("not an MP4 segment", mp4.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var rng = new Random(11);
        for (int i = 0; i < 2000; i++)
        {
            var data = new byte[rng.Next(0, 2048)];
            rng.NextBytes(data);
            if (data.Length > 0 && i % 2 == 0)
            {
                data[0] = 0x47;
            }
            if (data.Length >= 8 && i % 3 == 0)
            {
                data[4] = (byte)'m';
                data[5] = (byte)'o';
                data[6] = (byte)'o';
                data[7] = (byte)'v';
            }
            _ = SegmentProbe.Probe(data, SegmentFormat.MpegTs);
            _ = SegmentProbe.Probe(data, SegmentFormat.Mp4);
        }
    }
}
