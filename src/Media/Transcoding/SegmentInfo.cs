namespace Livepeer.Media.Transcoding;

/// <summary>What decoding a segment found.</summary>
/// <param name="HasVideo">false for audio-only segments (they are passed through, not transcoded)</param>
/// <param name="Pixels">width × height summed over the decoded video frames</param>
/// <param name="Signature">a perceptual signature of the video (renditions of the same source compare close); empty without video</param>
public sealed record SegmentInfo(
    bool HasVideo,
    int Width,
    int Height,
    long Frames,
    long Pixels,
    double FramesPerSecond,
    TimeSpan Duration,
    byte[] Signature);
