namespace Livepeer.Protocol.Video;

/// <summary>The encoder profile of a rendition (JsonProfile <c>profile</c>, gateway-api.md §2.4); None lets the encoder choose.</summary>
public enum VideoCodecProfile
{
    None,
    H264Baseline,
    H264Main,
    H264High,
    H264ConstrainedHigh,
}
