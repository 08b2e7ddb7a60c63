namespace Livepeer.Media.Transcoding;

/// <summary>The renditions in profile order, and what was decoded from the source.</summary>
public sealed record TranscodeResult(
    SegmentInfo Source,
    IReadOnlyList<TranscodedRendition> Renditions);
