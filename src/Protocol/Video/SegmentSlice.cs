namespace Livepeer.Protocol.Video;

/// <summary>The part of a segment to keep (Content-Slice-From / -To); a null end is open.</summary>
public sealed record SegmentSlice(TimeSpan? From, TimeSpan? To);
