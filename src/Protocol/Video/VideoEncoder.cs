namespace Livepeer.Protocol.Video;

/// <summary>The codec a rendition is encoded with (JsonProfile <c>encoder</c>: "H.264", "HEVC", "VP8", "VP9").</summary>
public enum VideoEncoder
{
    H264,
    Hevc,
    Vp8,
    Vp9,
}
