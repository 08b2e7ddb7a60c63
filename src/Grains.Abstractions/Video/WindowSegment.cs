using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Video;

/// <summary>One stored segment of a playlist window.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.WindowSegment")]
public sealed record WindowSegment(
    [property: Id(0)] long Sequence,
    [property: Id(1)] TimeSpan Duration,
    [property: Id(2)] SegmentFormat Format);
