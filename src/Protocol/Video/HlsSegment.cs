namespace Livepeer.Protocol.Video;

/// <summary>One segment of a live media playlist.</summary>
/// <param name="Sequence">the push sequence number; the segment's URI is <c>{rendition}/{Sequence}{ext}</c></param>
public sealed record HlsSegment(long Sequence, TimeSpan Duration, SegmentFormat Format);
