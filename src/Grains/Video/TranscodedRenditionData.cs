namespace Livepeer.Grains.Video;

/// <summary>One encoded rendition.</summary>
/// <param name="Pixels">width × height summed over the encoded frames: what the orchestrator charges for</param>
[GenerateSerializer, Immutable, Alias("livepeer.TranscodedRenditionData")]
public sealed record TranscodedRenditionData(
    [property: Id(0)] string Name,
    [property: Id(1)] byte[] Data,
    [property: Id(2)] int Width,
    [property: Id(3)] int Height,
    [property: Id(4)] long Frames,
    [property: Id(5)] long Pixels);
