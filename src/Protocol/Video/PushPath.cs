using System.Globalization;
using System.Text.RegularExpressions;

namespace Livepeer.Protocol.Video;

/// <summary>
/// The segment named by an HTTP push URL, <c>/live/{manifestID}/{seq}.{ts|mp4}</c> (gateway-api.md §2.1):
/// the extension picks the container; a leading <c>live/</c> or <c>stream/</c> is dropped and the rest split on
/// its first '/', the first part being the manifest ID; the sequence number is the numeric file base name
/// (a non-numeric name is sequence 0, as in go-livepeer).
/// </summary>
public sealed partial record PushPath(string ManifestId, long Sequence, SegmentFormat Format)
{
    public const int MaxManifestIdLength = 128;

    /// <summary>go-livepeer's answer when the manifest ID is missing.</summary>
    public const string BadUrl = "Bad URL";

    /// <summary>Parses a request path such as <c>/live/movie/12.ts</c>; throws <see cref="VideoConfigException"/> with the 400 text.</summary>
    public static PushPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.TrimStart('/');
        int slash = trimmed.LastIndexOf('/');
        var fileName = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        int dot = fileName.LastIndexOf('.');
        var extension = dot < 0 ? "" : fileName[dot..];
        if (!SegmentFormats.TryFromExtension(extension, out var format))
        {
            throw new VideoConfigException($"ignoring file extension: {(extension.Length == 0 ? "(none)" : extension)}; push segments as {{seq}}.ts or {{seq}}.mp4");
        }
        var withoutExtension = trimmed[..^extension.Length];
        foreach (var prefix in (string[])["live/", "stream/"])
        {
            if (withoutExtension.StartsWith(prefix, StringComparison.Ordinal))
            {
                withoutExtension = withoutExtension[prefix.Length..];
                break;
            }
        }
        int first = withoutExtension.IndexOf('/', StringComparison.Ordinal);
        var manifestId = first < 0 ? withoutExtension : withoutExtension[..first];
        if (manifestId.Length == 0)
        {
            throw new VideoConfigException(BadUrl);
        }
        if (ManifestIdProblem(manifestId) is { } problem)
        {
            throw new VideoConfigException($"{BadUrl}: {problem}");
        }
        var baseName = dot < 0 ? fileName : fileName[..dot];
        long sequence = long.TryParse(baseName, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : 0;
        return new PushPath(manifestId, sequence, format);
    }

    /// <summary>Why <paramref name="manifestId"/> cannot name a stream (it names playlists and blobs), or null.</summary>
    public static string? ManifestIdProblem(string manifestId)
    {
        ArgumentNullException.ThrowIfNull(manifestId);
        if (manifestId.Length == 0)
        {
            return "the manifest ID is empty";
        }
        if (manifestId.Length > MaxManifestIdLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"manifest ID is {manifestId.Length} characters, more than {MaxManifestIdLength}");
        }
        if (!IdPattern().IsMatch(manifestId) || manifestId is "." or "..")
        {
            return $"manifest ID \"{manifestId}\" may only hold letters, digits, '.', '_' and '-'";
        }
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex IdPattern();
}
