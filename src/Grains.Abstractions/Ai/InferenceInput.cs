namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>One input file of an inference job (<c>image</c>, <c>audio</c>).</summary>
[GenerateSerializer, Immutable, Alias("livepeer.InferenceInput")]
public sealed record InferenceInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Data);
