using System.Globalization;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Video;

/// <summary>
/// One rendition a stream asks for (go-livepeer's VideoProfile / JsonProfile, gateway-api.md §2.4–2.5), validated.
/// </summary>
/// <param name="Name">rendition name: letters, digits, '.', '_' and '-' (it names playlists and blobs)</param>
/// <param name="Width">target box width; the source aspect ratio is kept</param>
/// <param name="Height">target box height</param>
/// <param name="BitrateBps">bits per second (a cap when <paramref name="Quality"/> is set)</param>
/// <param name="Fps">frame rate numerator; 0 keeps the source rate</param>
/// <param name="FpsDen">frame rate denominator, at least 1</param>
/// <param name="GopSeconds">key frame interval in seconds; null leaves it to the encoder, 0 is all-intra</param>
/// <param name="ColorDepth">bits above 8 (0, 2, 4 or 8)</param>
/// <param name="ChromaFormat">0 = 4:2:0, 1 = 4:2:2, 2 = 4:4:4</param>
/// <param name="Quality">CRF/CQ; 0 = bit rate only</param>
public sealed record RenditionProfile(
    string Name,
    int Width,
    int Height,
    int BitrateBps,
    uint Fps,
    uint FpsDen,
    VideoCodecProfile Profile,
    double? GopSeconds,
    VideoEncoder Encoder,
    int ColorDepth,
    int ChromaFormat,
    uint Quality)
{
    /// <summary>The rendition name of the pushed segment itself in playlists.</summary>
    public const string SourceName = "source";

    /// <summary>go-livepeer's name for a JSON profile without one: custom_{w}x{h}_{bitrate}.</summary>
    public static string DefaultName(int width, int height, int bitrateBps) =>
        string.Create(CultureInfo.InvariantCulture, $"custom_{width}x{height}_{bitrateBps}");

    /// <summary>The protobuf VideoProfile (lp_rpc.proto) of this rendition; GOP in milliseconds, -1 for intra-only (go-livepeer's GOPIntraOnly).</summary>
    public VideoProfile ToWire(SegmentFormat format) => new()
    {
        Name = Name,
        Width = Width,
        Height = Height,
        Bitrate = BitrateBps,
        Fps = Fps,
        FpsDen = FpsDen,
        Format = format == SegmentFormat.Mp4 ? VideoProfile.Types.Format.Mp4 : VideoProfile.Types.Format.Mpegts,
        Profile = Profile switch
        {
            VideoCodecProfile.H264Baseline => VideoProfile.Types.Profile.H264Baseline,
            VideoCodecProfile.H264Main => VideoProfile.Types.Profile.H264Main,
            VideoCodecProfile.H264High => VideoProfile.Types.Profile.H264High,
            VideoCodecProfile.H264ConstrainedHigh => VideoProfile.Types.Profile.H264ConstrainedHigh,
            _ => VideoProfile.Types.Profile.EncoderDefault,
        },
        Gop = GopSeconds switch
        {
            null => 0,
            0 => -1,
            double seconds => (int)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero),
        },
        Encoder = Encoder switch
        {
            VideoEncoder.Hevc => VideoProfile.Types.VideoCodec.H265,
            VideoEncoder.Vp8 => VideoProfile.Types.VideoCodec.Vp8,
            VideoEncoder.Vp9 => VideoProfile.Types.VideoCodec.Vp9,
            _ => VideoProfile.Types.VideoCodec.H264,
        },
        ColorDepth = ColorDepth,
        ChromaFormat = (VideoProfile.Types.ChromaSubsampling)ChromaFormat,
        Quality = Quality,
    };
}
