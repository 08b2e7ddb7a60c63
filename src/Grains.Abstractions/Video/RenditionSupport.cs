using System.Globalization;
using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Video;

/// <summary>
/// What this cluster's transcoders can produce: H.264, 8-bit 4:2:0, bit rate driven, each side at least 2
/// pixels, at least 1000 bps. The gateway refuses other profiles up front (400) rather than paying an
/// orchestrator to fail them.
/// </summary>
public static class RenditionSupport
{
    public const int MinSide = 2;
    public const int MinBitrate = 1000;

    /// <summary>Why <paramref name="profile"/> cannot be transcoded here, or null.</summary>
    public static string? Problem(RenditionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var name = profile.Name;
        if (profile.Encoder != VideoEncoder.H264)
        {
            return $"rendition \"{name}\": encoder {JsonProfiles.EncoderName(profile.Encoder)} is not supported; this gateway's transcoders encode H.264 only";
        }
        if (profile.ColorDepth != 0 || profile.ChromaFormat != 0)
        {
            return $"rendition \"{name}\": only 8-bit 4:2:0 output is supported (colorDepth 0, chromaFormat 0)";
        }
        if (profile.Quality != 0)
        {
            return $"rendition \"{name}\": \"quality\" (CRF) is not supported; set \"bitrate\" instead";
        }
        if (profile.Width < MinSide || profile.Height < MinSide)
        {
            return string.Create(CultureInfo.InvariantCulture, $"rendition \"{name}\": size {profile.Width}x{profile.Height} is too small (each side at least {MinSide})");
        }
        if (profile.BitrateBps < MinBitrate)
        {
            return string.Create(CultureInfo.InvariantCulture, $"rendition \"{name}\": bitrate {profile.BitrateBps} bps is below the minimum of {MinBitrate} bps");
        }
        return null;
    }

    /// <summary>The first problem among <paramref name="profiles"/>, or null.</summary>
    public static string? Problem(IEnumerable<RenditionProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return profiles.Select(Problem).FirstOrDefault(p => p is not null);
    }
}
