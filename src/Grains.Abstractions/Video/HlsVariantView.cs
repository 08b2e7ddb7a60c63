namespace Livepeer.Grains.Abstractions.Video;

/// <summary>One variant of a stream's master playlist.</summary>
/// <param name="Width">0 when not known</param>
[GenerateSerializer, Immutable, Alias("livepeer.HlsVariantView")]
public sealed record HlsVariantView(
    [property: Id(0)] string Name,
    [property: Id(1)] long Bandwidth,
    [property: Id(2)] int Width,
    [property: Id(3)] int Height);
