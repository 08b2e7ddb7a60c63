using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Support;

/// <summary>Built-in presets of gateway-api.md §2.5 used by the tests.</summary>
public static class Presets
{
    public static readonly TranscodeProfile P240p30fps16x9 = new("P240p30fps16x9", 426, 240, 600_000, 30, 1, H264Profile.None, null);

    public static readonly TranscodeProfile P360p30fps16x9 = new("P360p30fps16x9", 640, 360, 1_200_000, 30, 1, H264Profile.None, null);

    public static readonly TranscodeProfile P144p30fps16x9 = new("P144p30fps16x9", 256, 144, 400_000, 30, 1, H264Profile.None, null);

    public static readonly IReadOnlyList<TranscodeProfile> Default = [P240p30fps16x9, P360p30fps16x9];
}
