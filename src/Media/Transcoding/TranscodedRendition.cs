namespace Livepeer.Media.Transcoding;

/// <summary>One encoded rendition and its facts.</summary>
/// <param name="Data">the muxed rendition (same container as the source)</param>
/// <param name="Pixels">width × height summed over the encoded frames: what the orchestrator charges for</param>
public sealed record TranscodedRendition(
    string Name,
    byte[] Data,
    int Width,
    int Height,
    long Frames,
    long Pixels);
