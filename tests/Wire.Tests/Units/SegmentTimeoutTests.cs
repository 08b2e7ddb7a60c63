using Livepeer.Grains.Remote;
using Livepeer.Grains.Video;
using Livepeer.Protocol.Video;

namespace Livepeer.Wire.Tests.Units;

// Found with two deployments: a stream's timeoutMultiplier stretched the gateway's own segment time but not the
// remote orchestrator's upload (until headers) and whole-call timeouts, so a slow orchestrator still got 2 s.
public sealed class SegmentTimeoutTests
{
    private static readonly RenditionProfile P144 = new("P144p30fps16x9", 256, 144, 400_000, 30, 1, VideoCodecProfile.None, null, VideoEncoder.H264, 0, 0, 0);

    [Fact]
    public void A_streams_timeout_multiplier_stretches_both_remote_segment_timeouts()
    {
        var options = new RemoteOrchestratorOptions();
        var duration = TimeSpan.FromSeconds(2);

        Assert.Equal(TimeSpan.FromSeconds(2), options.SegmentUploadTimeout(duration));
        Assert.Equal(TimeSpan.FromSeconds(8), options.SegmentTimeout(duration));
        Assert.Equal(TimeSpan.FromSeconds(8), options.SegmentUploadTimeout(duration, 4));
        Assert.Equal(TimeSpan.FromSeconds(32), options.SegmentTimeout(duration, 4));
        // 0 and 1 mean none: the node's own multiplier then applies.
        options.TimeoutMultiplier = 3;
        Assert.Equal(TimeSpan.FromSeconds(6), options.SegmentUploadTimeout(duration, 1));
        Assert.Equal(TimeSpan.FromSeconds(24), options.SegmentTimeout(duration, 0));
        Assert.Equal(TimeSpan.FromSeconds(10), options.SegmentUploadTimeout(duration, 5));
    }

    [Fact]
    public void The_timeout_multiplier_travels_with_the_transcode_parameters()
    {
        var parameters = new TranscodeJobParameters("demo", SegmentFormat.MpegTs, TimeSpan.FromSeconds(32), [P144], 3, TimeSpan.FromSeconds(2), 4);

        Assert.Equal(4, TranscodeJobParameters.Parse(parameters.ToJson()).TimeoutMultiplier);
        Assert.Equal(1, TranscodeJobParameters.Parse((parameters with { TimeoutMultiplier = 1 }).ToJson()).TimeoutMultiplier);
        var bad = Assert.Throws<Livepeer.Grains.Abstractions.Sessions.WorkRejectedException>(
            () => TranscodeJobParameters.Parse(parameters.ToJson().Replace("\"timeoutMultiplier\":4", "\"timeoutMultiplier\":-1", StringComparison.Ordinal)));
        Assert.Equal("bad transcode parameters: \"timeoutMultiplier\" must be a whole number, 0 or more", bad.Message);
        Assert.True(bad.IsBadInput);
    }
}
