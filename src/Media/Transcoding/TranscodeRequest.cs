namespace Livepeer.Media.Transcoding;

/// <summary>One segment and the renditions wanted from it, in order.</summary>
public sealed record TranscodeRequest(
    ReadOnlyMemory<byte> Segment,
    SegmentContainer Container,
    IReadOnlyList<TranscodeProfile> Profiles);
