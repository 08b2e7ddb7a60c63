namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>One produced file; width and height when it is an image or video (0 otherwise).</summary>
[GenerateSerializer, Immutable, Alias("livepeer.InferenceMedia")]
public sealed record InferenceMedia(
    [property: Id(0)] string ContentType,
    [property: Id(1)] byte[] Data,
    [property: Id(2)] int Width,
    [property: Id(3)] int Height);
