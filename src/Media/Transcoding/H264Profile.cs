namespace Livepeer.Media.Transcoding;

/// <summary>The H.264 profile a rendition is encoded with (gateway-api.md §2.4); None lets the encoder choose.</summary>
public enum H264Profile
{
    None,
    Baseline,
    Main,
    High,
    ConstrainedHigh,
}
