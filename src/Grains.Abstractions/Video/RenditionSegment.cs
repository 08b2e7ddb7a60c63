namespace Livepeer.Grains.Abstractions.Video;

/// <summary>One rendition of a segment as the push response returns it.</summary>
/// <param name="Name">the profile name</param>
/// <param name="Width">the encoded width (0 when copied untranscoded)</param>
[GenerateSerializer, Immutable, Alias("livepeer.RenditionSegment")]
public sealed record RenditionSegment(
    [property: Id(0)] string Name,
    [property: Id(1)] byte[] Data,
    [property: Id(2)] int Width,
    [property: Id(3)] int Height);
