namespace Livepeer.Grains.Abstractions.Video;

/// <summary>The outcome of a pushed segment: the renditions in profile order on success, else the error text.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.SegmentResult")]
public sealed record SegmentResult(
    [property: Id(0)] SegmentStatus Status,
    [property: Id(1)] string? Error,
    [property: Id(2)] IReadOnlyList<RenditionSegment> Renditions)
{
    public bool Succeeded => Status is SegmentStatus.Transcoded or SegmentStatus.ViewOnly or SegmentStatus.PassedThrough;

    public static SegmentResult Failure(SegmentStatus status, string error) => new(status, error, []);
}
