namespace Livepeer.Media.Transcoding;

/// <summary>One rendition to produce (gateway-api.md §2.4–2.5, already validated).</summary>
/// <param name="Width">target box width; the source aspect ratio is kept (fit to the larger dimension)</param>
/// <param name="Height">target box height</param>
/// <param name="BitrateBps">target bit rate in bits per second</param>
/// <param name="FpsNumerator">frame rate numerator; 0 keeps the source rate</param>
/// <param name="FpsDenominator">frame rate denominator; at least 1</param>
/// <param name="GopSeconds">key frame interval in seconds; null leaves it to the encoder; 0 means all-intra</param>
public sealed record TranscodeProfile(
    string Name,
    int Width,
    int Height,
    int BitrateBps,
    int FpsNumerator,
    int FpsDenominator,
    H264Profile Profile,
    double? GopSeconds);
