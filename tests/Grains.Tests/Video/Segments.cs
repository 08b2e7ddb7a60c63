using Livepeer.Grains.Abstractions.Video;
using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Tests.Video;

/// <summary>Pushes as the gateway builds them, with two small renditions so transcodes stay quick.</summary>
public static class Segments
{
    public static readonly IReadOnlyList<RenditionProfile> Small =
    [
        new("low", 160, 90, 200_000, 15, 1, VideoCodecProfile.None, null, VideoEncoder.H264, 0, 0, 0),
        new("mid", 256, 144, 400_000, 30, 1, VideoCodecProfile.H264Main, null, VideoEncoder.H264, 0, 0, 0),
    ];

    public static SegmentPush Push(long sequence, byte[] data, uint verificationFreq = 0, IReadOnlyList<RenditionProfile>? renditions = null, bool hasVideo = true) =>
        new(sequence, SegmentFormat.MpegTs, data, TimeSpan.FromSeconds(1), 320, 180, renditions ?? Small, hasVideo, verificationFreq, 0);
}
