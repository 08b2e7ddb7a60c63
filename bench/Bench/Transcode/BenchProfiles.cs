using Livepeer.Media.Transcoding;

namespace Livepeer.Bench.Transcode;

/// <summary>The benchmark renditions: 720p source to the 240p and 360p presets (gateway-api.md §2.5).</summary>
public static class BenchProfiles
{
    public static readonly IReadOnlyList<TranscodeProfile> Renditions =
    [
        new("P240p30fps16x9", 426, 240, 600_000, 30, 1, H264Profile.None, null),
        new("P360p30fps16x9", 640, 360, 1_200_000, 30, 1, H264Profile.None, null),
    ];
}
