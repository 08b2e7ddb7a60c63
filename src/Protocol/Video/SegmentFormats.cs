namespace Livepeer.Protocol.Video;

/// <summary>File extensions and media types of <see cref="SegmentFormat"/>s, as go-livepeer writes them.</summary>
public static class SegmentFormats
{
    /// <summary>".ts" or ".mp4".</summary>
    public static string Extension(this SegmentFormat format) => format == SegmentFormat.Mp4 ? ".mp4" : ".ts";

    /// <summary>"video/MP2T" or "video/mp4" (the push response's part type, gateway-api.md §2.6).</summary>
    public static string MediaType(this SegmentFormat format) => format == SegmentFormat.Mp4 ? "video/mp4" : "video/MP2T";

    /// <summary>The format of an extension with its dot (".ts", ".mp4", any case); false for anything else.</summary>
    public static bool TryFromExtension(string extension, out SegmentFormat format)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (extension.Equals(".ts", StringComparison.OrdinalIgnoreCase))
        {
            format = SegmentFormat.MpegTs;
            return true;
        }
        if (extension.Equals(".mp4", StringComparison.OrdinalIgnoreCase))
        {
            format = SegmentFormat.Mp4;
            return true;
        }
        format = default;
        return false;
    }
}
