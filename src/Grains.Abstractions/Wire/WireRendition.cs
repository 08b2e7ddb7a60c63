namespace Livepeer.Grains.Abstractions.Wire;

/// <summary>One stored rendition: its media path, output pixels, and keccak hash (for the result signature).</summary>
[GenerateSerializer, Immutable, Alias("livepeer.WireRendition")]
public sealed record WireRendition(
    [property: Id(0)] string MediaPath,
    [property: Id(1)] long Pixels,
    [property: Id(2)] byte[] Hash);
