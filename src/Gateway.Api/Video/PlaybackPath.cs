using System.Globalization;
using Livepeer.Protocol.Video;

namespace Livepeer.Gateway.Api.Video;

/// <summary>
/// What a playback URL under <c>/stream/</c> names (gateway-api.md §2.7): <c>{manifestID}.m3u8</c> (master),
/// <c>{manifestID}/{rendition}.m3u8</c> (media playlist) or <c>{manifestID}/{rendition}/{seq}.ts|.mp4</c> (segment).
/// </summary>
public sealed record PlaybackPath(PlaybackKind Kind, string ManifestId, string? Rendition, long Sequence, SegmentFormat Format)
{
    /// <summary>The path after <c>/stream/</c>, or null when it names nothing served here.</summary>
    public static PlaybackPath? TryParse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/');
        if (parts.Length == 1 && parts[0].EndsWith(".m3u8", StringComparison.Ordinal))
        {
            var manifest = parts[0][..^".m3u8".Length];
            return Valid(manifest) ? new PlaybackPath(PlaybackKind.Master, manifest, null, 0, SegmentFormat.MpegTs) : null;
        }
        if (parts.Length == 2 && parts[1].EndsWith(".m3u8", StringComparison.Ordinal))
        {
            var rendition = parts[1][..^".m3u8".Length];
            return Valid(parts[0]) && ValidRendition(rendition) ? new PlaybackPath(PlaybackKind.Media, parts[0], rendition, 0, SegmentFormat.MpegTs) : null;
        }
        if (parts.Length == 3)
        {
            int dot = parts[2].LastIndexOf('.');
            if (dot > 0
                && SegmentFormats.TryFromExtension(parts[2][dot..], out var format)
                && long.TryParse(parts[2][..dot], NumberStyles.None, CultureInfo.InvariantCulture, out long sequence)
                && Valid(parts[0])
                && ValidRendition(parts[1]))
            {
                return new PlaybackPath(PlaybackKind.Segment, parts[0], parts[1], sequence, format);
            }
        }
        return null;
    }

    private static bool Valid(string manifestId) => PushPath.ManifestIdProblem(manifestId) is null;

    private static bool ValidRendition(string name) => name == RenditionProfile.SourceName || JsonProfiles.NameProblem(name) is null;
}
