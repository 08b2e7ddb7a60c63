using System.Globalization;

namespace Livepeer.Protocol.Video;

/// <summary>The request headers of an HTTP push (gateway-api.md §2.2), read as go-livepeer reads them.</summary>
public static class PushHeaders
{
    public const string ContentDuration = "Content-Duration";
    public const string ContentResolution = "Content-Resolution";
    public const string TranscodeConfiguration = "Livepeer-Transcode-Configuration";
    public const string SliceFrom = "Content-Slice-From";
    public const string SliceTo = "Content-Slice-To";

    /// <summary>Assumed when Content-Duration is missing or not a whole number (ffmpeg's HLS pushes send none).</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromMilliseconds(2000);

    /// <summary>The longest segment accepted (go-livepeer common.MaxDuration).</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);

    /// <summary>Content-Duration in milliseconds: missing or unparsable is 2 s; outside 0..5 min is an error.</summary>
    public static TimeSpan Duration(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !long.TryParse(header.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ms))
        {
            return DefaultDuration;
        }
        if (ms < 0 || ms > (long)MaxDuration.TotalMilliseconds)
        {
            throw new VideoConfigException(string.Create(CultureInfo.InvariantCulture,
                $"{ContentDuration} must be between 0 and {(long)MaxDuration.TotalMilliseconds} milliseconds, got {ms}"));
        }
        return TimeSpan.FromMilliseconds(ms);
    }

    /// <summary>Content-Resolution "WIDTHxHEIGHT" of the source, or null when absent.</summary>
    public static (int Width, int Height)? Resolution(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        var parts = header.Trim().Split('x');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int height)
            && width is > 0 and <= JsonProfiles.MaxDimension
            && height is > 0 and <= JsonProfiles.MaxDimension)
        {
            return (width, height);
        }
        throw new VideoConfigException($"{ContentResolution} must be WIDTHxHEIGHT with sizes from 1 to {JsonProfiles.MaxDimension}, such as 1920x1080; got \"{header}\"");
    }

    /// <summary>
    /// Content-Slice-From / Content-Slice-To in milliseconds from the segment start; null when both are absent.
    /// A value that is not whole non-negative milliseconds, or from after to, is go-livepeer's "Invalid slice config".
    /// </summary>
    public static SegmentSlice? Slice(string? from, string? to)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return null;
        }
        var start = Milliseconds(from, SliceFrom);
        var end = Milliseconds(to, SliceTo);
        if (start is { } s && end is { } e && s > e)
        {
            throw new VideoConfigException(string.Create(CultureInfo.InvariantCulture,
                $"Invalid slice config: {SliceFrom} ({s.TotalMilliseconds} ms) is after {SliceTo} ({e.TotalMilliseconds} ms)"));
        }
        return new SegmentSlice(start, end);
    }

    private static TimeSpan? Milliseconds(string? header, string name)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        return long.TryParse(header.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long ms) && ms <= (long)MaxDuration.TotalMilliseconds
            ? TimeSpan.FromMilliseconds(ms)
            : throw new VideoConfigException($"Invalid slice config: {name} must be whole milliseconds from 0 to {(long)MaxDuration.TotalMilliseconds}, got \"{header}\"");
    }
}
