namespace Livepeer.Gateway.Api.Options;

/// <summary>HTTP push ingest and HLS playback (section <c>Video</c>).</summary>
public sealed class VideoOptions
{
    public const string SectionName = "Video";

    /// <summary>go-livepeer's common.MaxSegSize (300 s at 8 Mbit/s); no configured limit may exceed it.</summary>
    public const long MaxAllowedSegmentBytes = 300_000_000;

    /// <summary>The largest segment body accepted (413 above it). 64 MiB is ample for 2–10 s segments.</summary>
    public long MaxSegmentBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Renditions of a stream that names none (go-livepeer -transcodingOptions): a comma-separated preset list,
    /// or the path of a JSON file holding an array of profiles. Empty: such streams are view-only.
    /// </summary>
    public string TranscodingOptions { get; set; } = Livepeer.Protocol.Video.VideoPresets.DefaultNames;
}
