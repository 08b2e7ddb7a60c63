using System.Text.RegularExpressions;

namespace Livepeer.AzureStorage.Blobs;

/// <summary>
/// The rule for media paths: 1–16 segments of letters, digits, '.', '_' and '-', no empty, '.' or '..'
/// segment, at most 512 characters. Anything a client typed in a URL passes through here before it
/// names a blob.
/// </summary>
public static partial class MediaPath
{
    public const int MaxLength = 512;

    /// <summary>Describes why <paramref name="path"/> is not a valid media path, or null when it is.</summary>
    public static string? Problem(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "a media path is required";
        }
        if (path.Length > MaxLength)
        {
            return $"media path is {path.Length} characters, more than {MaxLength}";
        }
        var segments = path.Split('/');
        if (segments.Length > 16)
        {
            return $"media path '{path}' has {segments.Length} segments, more than 16";
        }
        foreach (var segment in segments)
        {
            if (segment is "" or "." or "..")
            {
                return $"media path '{path}' has an empty, '.' or '..' segment";
            }
            if (!Segment().IsMatch(segment))
            {
                return $"media path segment '{segment}' may only hold letters, digits, '.', '_' and '-'";
            }
        }
        return null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <see cref="Problem"/>'s text when <paramref name="path"/> is invalid.</summary>
    public static string Validate(string? path) =>
        Problem(path) is { } problem ? throw new ArgumentException(problem, nameof(path)) : path!;

    /// <summary>Joins segments with '/', validating the result.</summary>
    public static string Combine(params string[] segments) => Validate(string.Join('/', segments));

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex Segment();
}
