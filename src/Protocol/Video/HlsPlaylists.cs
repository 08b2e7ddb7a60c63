using System.Globalization;
using System.Text;

namespace Livepeer.Protocol.Video;

/// <summary>
/// Writes the HLS playlists the gateway serves (gateway-api.md §2.7): a master playlist whose variants are
/// <c>{manifestID}/{rendition}.m3u8</c> (relative to <c>/stream/{manifestID}.m3u8</c>), and live media playlists
/// over a window of the latest segments, each at <c>{rendition}/{seq}.ts</c> relative to the playlist.
/// </summary>
public static class HlsPlaylists
{
    /// <summary>Segments in a live playlist (go-livepeer LIVE_LIST_LENGTH).</summary>
    public const int LiveWindow = 6;

    /// <summary>BANDWIDTH of the source variant (go-livepeer fixes it at 4000k).</summary>
    public const long SourceBandwidth = 4_000_000;

    /// <summary>Media type of playlists.</summary>
    public const string MediaType = "application/x-mpegURL";

    public static string Master(string manifestId, IEnumerable<HlsVariant> variants)
    {
        ArgumentNullException.ThrowIfNull(manifestId);
        ArgumentNullException.ThrowIfNull(variants);
        var text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n");
        foreach (var variant in variants)
        {
            text.Append(CultureInfo.InvariantCulture, $"#EXT-X-STREAM-INF:PROGRAM-ID=1,BANDWIDTH={variant.Bandwidth}");
            if (variant.Width > 0 && variant.Height > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $",RESOLUTION={variant.Width}x{variant.Height}");
            }
            text.Append('\n').Append(manifestId).Append('/').Append(variant.Name).Append(".m3u8\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// A media playlist of <paramref name="segments"/> (oldest first). <paramref name="mediaSequence"/> is the
    /// number of segments that left the window before the first one, so it grows by one per segment even when
    /// push sequence numbers skip. <paramref name="ended"/> adds EXT-X-ENDLIST.
    /// </summary>
    public static string Media(string rendition, IReadOnlyList<HlsSegment> segments, long mediaSequence, bool ended)
    {
        ArgumentNullException.ThrowIfNull(rendition);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentOutOfRangeException.ThrowIfNegative(mediaSequence);
        double longest = segments.Count == 0 ? 2 : segments.Max(s => s.Duration.TotalSeconds);
        var text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n");
        text.Append(CultureInfo.InvariantCulture, $"#EXT-X-MEDIA-SEQUENCE:{mediaSequence}\n");
        text.Append(CultureInfo.InvariantCulture, $"#EXT-X-TARGETDURATION:{Math.Max(1, (long)Math.Ceiling(longest))}\n");
        foreach (var segment in segments)
        {
            text.Append(CultureInfo.InvariantCulture, $"#EXTINF:{segment.Duration.TotalSeconds:0.000},\n");
            text.Append(rendition).Append('/').Append(segment.Sequence.ToString(CultureInfo.InvariantCulture)).Append(segment.Format.Extension()).Append('\n');
        }
        if (ended)
        {
            text.Append("#EXT-X-ENDLIST\n");
        }
        return text.ToString();
    }
}
