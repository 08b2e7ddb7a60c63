namespace Livepeer.Grains.Abstractions.Wire;

/// <summary>The renditions of a transcoded segment in profile order, or why it failed (TranscodeResult.error).</summary>
[GenerateSerializer, Immutable, Alias("livepeer.WireSegmentOutcome")]
public sealed record WireSegmentOutcome(
    [property: Id(0)] string? Error,
    [property: Id(1)] IReadOnlyList<WireRendition> Renditions)
{
    public bool Succeeded => Error is null;
}
