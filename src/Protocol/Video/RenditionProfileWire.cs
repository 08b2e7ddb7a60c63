using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Video;

/// <summary>
/// The way back from the wire's VideoProfile (pm-protocol.md §6.10) to a <see cref="RenditionProfile"/>, the
/// inverse of <see cref="RenditionProfile.ToWire"/>: GOP milliseconds to seconds (-1 = intra-only, 0 or another
/// negative sentinel = the encoder's choice), fpsDen 0 read as 1. Names are taken as they come; a name our
/// renditions cannot carry is replaced by <paramref name="fallbackName"/>.
/// </summary>
public static class RenditionProfileWire
{
    public static RenditionProfile FromWire(VideoProfile profile, string fallbackName)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(fallbackName);
        var name = profile.Name.Length > 0 && JsonProfiles.NameProblem(profile.Name) is null ? profile.Name : fallbackName;
        return new RenditionProfile(
            name,
            profile.Width,
            profile.Height,
            profile.Bitrate,
            profile.Fps,
            profile.FpsDen == 0 ? 1 : profile.FpsDen,
            profile.Profile switch
            {
                VideoProfile.Types.Profile.H264Baseline => VideoCodecProfile.H264Baseline,
                VideoProfile.Types.Profile.H264Main => VideoCodecProfile.H264Main,
                VideoProfile.Types.Profile.H264High => VideoCodecProfile.H264High,
                VideoProfile.Types.Profile.H264ConstrainedHigh => VideoCodecProfile.H264ConstrainedHigh,
                _ => VideoCodecProfile.None,
            },
            profile.Gop switch
            {
                -1 => 0,
                <= 0 => null,
                int milliseconds => milliseconds / 1000.0,
            },
            profile.Encoder switch
            {
                VideoProfile.Types.VideoCodec.H265 => VideoEncoder.Hevc,
                VideoProfile.Types.VideoCodec.Vp8 => VideoEncoder.Vp8,
                VideoProfile.Types.VideoCodec.Vp9 => VideoEncoder.Vp9,
                _ => VideoEncoder.H264,
            },
            profile.ColorDepth,
            (int)profile.ChromaFormat,
            profile.Quality);
    }

    /// <summary>The container of a segment from its first bytes: an MP4 'ftyp' box, otherwise MPEG-TS (what go-livepeer gateways send as video/MP2T).</summary>
    public static SegmentFormat Sniff(ReadOnlySpan<byte> segment) =>
        segment.Length >= 8 && segment[4..8].SequenceEqual("ftyp"u8) ? SegmentFormat.Mp4 : SegmentFormat.MpegTs;
}
