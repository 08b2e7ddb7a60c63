using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Video;

/// <summary>A rendition's live window: the latest segments (oldest first) and the media sequence of the first.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.PlaylistWindow")]
public sealed record PlaylistWindow(
    [property: Id(0)] long MediaSequence,
    [property: Id(1)] IReadOnlyList<WindowSegment> Segments)
{
    public IReadOnlyList<HlsSegment> HlsSegments => [.. Segments.Select(s => new HlsSegment(s.Sequence, s.Duration, s.Format))];
}
