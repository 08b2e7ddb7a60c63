namespace Livepeer.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Livepeer.Protocol.Video.RenditionProfile"/>; enums travel as their numbers.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.RenditionProfile")]
public readonly record struct RenditionProfileSurrogate(
    [property: Id(0)] string Name,
    [property: Id(1)] int Width,
    [property: Id(2)] int Height,
    [property: Id(3)] int BitrateBps,
    [property: Id(4)] uint Fps,
    [property: Id(5)] uint FpsDen,
    [property: Id(6)] int Profile,
    [property: Id(7)] double? GopSeconds,
    [property: Id(8)] int Encoder,
    [property: Id(9)] int ColorDepth,
    [property: Id(10)] int ChromaFormat,
    [property: Id(11)] uint Quality);
