using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Video;

/// <summary>A segment to transcode into <paramref name="Profiles"/>, within <paramref name="Timeout"/> (queueing included).</summary>
[GenerateSerializer, Immutable, Alias("livepeer.TranscodeJob")]
public sealed record TranscodeJob(
    [property: Id(0)] byte[] Segment,
    [property: Id(1)] SegmentFormat Format,
    [property: Id(2)] IReadOnlyList<RenditionProfile> Profiles,
    [property: Id(3)] TimeSpan Timeout);
