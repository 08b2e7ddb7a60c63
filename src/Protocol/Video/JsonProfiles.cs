using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Livepeer.Protocol.Video;

/// <summary>
/// Reads and writes go-livepeer JSON rendition profiles (lpms JsonProfile, gateway-api.md §2.4). Field names
/// match case-insensitively, as Go's JSON decoder does. Every problem is a <see cref="VideoConfigException"/>
/// naming the profile and field; unknown fields are refused so that a typo cannot silently change a rendition.
/// </summary>
public static partial class JsonProfiles
{
    public const int MaxDimension = 8192;
    public const uint MaxFps = 240;
    public const uint MaxQuality = 63;
    public const int MaxNameLength = 64;

    private static readonly string[] Fields =
        ["name", "width", "height", "bitrate", "fps", "fpsDen", "profile", "gop", "encoder", "colorDepth", "chromaFormat", "quality"];

    /// <summary>Parses a JSON array of profiles (e.g. a transcoding options file).</summary>
    public static IReadOnlyList<RenditionProfile> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new VideoConfigException($"profiles are not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Parses a JSON array of profiles, in order.</summary>
    public static IReadOnlyList<RenditionProfile> Parse(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new VideoConfigException($"profiles must be a JSON array of objects, got {Describe(array.ValueKind)}");
        }
        var profiles = new List<RenditionProfile>();
        int index = 0;
        foreach (var item in array.EnumerateArray())
        {
            profiles.Add(ParseOne(item, index++));
        }
        return profiles;
    }

    /// <summary>Parses one profile object; <paramref name="index"/> only labels messages.</summary>
    public static RenditionProfile ParseOne(JsonElement item, int index)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"profiles[{index}]");
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new VideoConfigException($"{where} must be a JSON object, got {Describe(item.ValueKind)}");
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in item.EnumerateObject())
        {
            var known = Array.Find(Fields, f => f.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                throw new VideoConfigException($"{where}: unknown field \"{property.Name}\"; a profile has {string.Join(", ", Fields)}");
            }
            if (!seen.Add(known))
            {
                throw new VideoConfigException($"{where}: field \"{known}\" is given more than once");
            }
        }

        int width = Int(item, where, "width", 1, MaxDimension, required: true);
        int height = Int(item, where, "height", 1, MaxDimension, required: true);
        int bitrate = Int(item, where, "bitrate", 0, int.MaxValue, required: false);
        uint fps = (uint)Int(item, where, "fps", 0, int.MaxValue, required: false);
        uint fpsDen = (uint)Int(item, where, "fpsDen", 0, int.MaxValue, required: false);
        if (fpsDen == 0)
        {
            fpsDen = 1;
        }
        if (fps > 0 && (double)fps / fpsDen > MaxFps)
        {
            throw new VideoConfigException(string.Create(CultureInfo.InvariantCulture, $"{where}: frame rate {fps}/{fpsDen} is above {MaxFps} fps"));
        }
        uint quality = (uint)Int(item, where, "quality", 0, (int)MaxQuality, required: false);
        if (bitrate == 0 && quality == 0)
        {
            throw new VideoConfigException($"{where}: \"bitrate\" (bits per second) or \"quality\" must be set");
        }
        int colorDepth = Int(item, where, "colorDepth", 0, 8, required: false);
        if (colorDepth is not (0 or 2 or 4 or 8))
        {
            throw new VideoConfigException(string.Create(CultureInfo.InvariantCulture, $"{where}: \"colorDepth\" is bits above 8 and must be 0, 2, 4 or 8, got {colorDepth}"));
        }
        int chroma = Int(item, where, "chromaFormat", 0, 2, required: false);
        var profile = CodecProfile(Text(item, where, "profile"), where);
        var encoder = Encoder(Text(item, where, "encoder"), where);
        var gop = Gop(item, where);
        string name = Text(item, where, "name") ?? "";
        if (name.Length == 0)
        {
            name = RenditionProfile.DefaultName(width, height, bitrate);
        }
        else if (NameProblem(name) is { } problem)
        {
            throw new VideoConfigException($"{where}: {problem}");
        }
        return new RenditionProfile(name, width, height, bitrate, fps, fpsDen, profile, gop, encoder, colorDepth, chroma, quality);
    }

    /// <summary>Why <paramref name="name"/> cannot name a rendition (it names playlists and blobs), or null.</summary>
    public static string? NameProblem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > MaxNameLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"rendition name \"{name}\" is longer than {MaxNameLength} characters");
        }
        if (!NamePattern().IsMatch(name) || name is "." or "..")
        {
            return $"rendition name \"{name}\" may only hold letters, digits, '.', '_' and '-'";
        }
        if (name.Equals(RenditionProfile.SourceName, StringComparison.OrdinalIgnoreCase))
        {
            return $"rendition name \"{name}\" is reserved for the source segment";
        }
        return null;
    }

    /// <summary>Writes <paramref name="profiles"/> as a JSON array this class reads back to equal profiles.</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<RenditionProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profiles);
        writer.WriteStartArray();
        foreach (var p in profiles)
        {
            writer.WriteStartObject();
            writer.WriteString("name", p.Name);
            writer.WriteNumber("width", p.Width);
            writer.WriteNumber("height", p.Height);
            writer.WriteNumber("bitrate", p.BitrateBps);
            writer.WriteNumber("fps", p.Fps);
            writer.WriteNumber("fpsDen", p.FpsDen);
            writer.WriteString("profile", ProfileName(p.Profile));
            if (p.GopSeconds is { } gop)
            {
                writer.WriteString("gop", gop == 0 ? "intra" : gop.ToString("R", CultureInfo.InvariantCulture));
            }
            writer.WriteString("encoder", EncoderName(p.Encoder));
            writer.WriteNumber("colorDepth", p.ColorDepth);
            writer.WriteNumber("chromaFormat", p.ChromaFormat);
            writer.WriteNumber("quality", p.Quality);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The profile list as JSON text.</summary>
    public static string ToJson(IEnumerable<RenditionProfile> profiles)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, profiles);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Refuses two renditions with one name (case-insensitively: names become URLs and blob paths).</summary>
    public static void CheckUniqueNames(IEnumerable<RenditionProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in profiles)
        {
            if (!names.Add(profile.Name))
            {
                throw new VideoConfigException($"two renditions are named \"{profile.Name}\"; rendition names must be unique (give JSON profiles a \"name\")");
            }
        }
    }

    public static string ProfileName(VideoCodecProfile profile) => profile switch
    {
        VideoCodecProfile.H264Baseline => "H264Baseline",
        VideoCodecProfile.H264Main => "H264Main",
        VideoCodecProfile.H264High => "H264High",
        VideoCodecProfile.H264ConstrainedHigh => "H264ConstrainedHigh",
        _ => "None",
    };

    public static string EncoderName(VideoEncoder encoder) => encoder switch
    {
        VideoEncoder.Hevc => "HEVC",
        VideoEncoder.Vp8 => "VP8",
        VideoEncoder.Vp9 => "VP9",
        _ => "H.264",
    };

    private static VideoCodecProfile CodecProfile(string? text, string where) => (text ?? "").ToUpperInvariant() switch
    {
        "" or "NONE" => VideoCodecProfile.None,
        "H264BASELINE" => VideoCodecProfile.H264Baseline,
        "H264MAIN" => VideoCodecProfile.H264Main,
        "H264HIGH" => VideoCodecProfile.H264High,
        "H264CONSTRAINEDHIGH" => VideoCodecProfile.H264ConstrainedHigh,
        _ => throw new VideoConfigException($"{where}: unknown \"profile\" \"{text}\"; use H264Baseline, H264Main, H264High, H264ConstrainedHigh or None"),
    };

    // Exact strings, as lpms compares them.
    private static VideoEncoder Encoder(string? text, string where) => text switch
    {
        null or "" or "H.264" => VideoEncoder.H264,
        "HEVC" => VideoEncoder.Hevc,
        "VP8" => VideoEncoder.Vp8,
        "VP9" => VideoEncoder.Vp9,
        _ => throw new VideoConfigException($"{where}: unknown \"encoder\" \"{text}\"; use exactly H.264, HEVC, VP8 or VP9"),
    };

    // "intra" = all-intra (0); a decimal number of seconds, where 0 (or nothing) leaves the interval to the encoder.
    private static double? Gop(JsonElement item, string where)
    {
        if (!TryGet(item, "gop", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        string text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new VideoConfigException($"{where}: \"gop\" must be a string of seconds such as \"2\" or \"2.5\", or \"intra\"; got {Describe(value.ValueKind)}"),
        };
        if (text.Length == 0)
        {
            return null;
        }
        if (text == "intra")
        {
            return 0;
        }
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double seconds) || !double.IsFinite(seconds))
        {
            throw new VideoConfigException($"{where}: \"gop\" \"{text}\" is neither a number of seconds nor \"intra\"");
        }
        if (seconds < 0)
        {
            throw new VideoConfigException($"{where}: \"gop\" must not be negative, got {text}");
        }
        return seconds == 0 ? null : seconds;
    }

    private static int Int(JsonElement item, string where, string field, int min, int max, bool required)
    {
        if (!TryGet(item, field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new VideoConfigException($"{where}: \"{field}\" is required") : 0;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long number))
        {
            throw new VideoConfigException($"{where}: \"{field}\" must be a whole number, got {value.GetRawText()}");
        }
        if (number < min || number > max)
        {
            throw new VideoConfigException(string.Create(CultureInfo.InvariantCulture, $"{where}: \"{field}\" must be between {min} and {max}, got {number}"));
        }
        return (int)number;
    }

    private static string? Text(JsonElement item, string where, string field)
    {
        if (!TryGet(item, field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new VideoConfigException($"{where}: \"{field}\" must be a string, got {value.GetRawText()}");
    }

    private static bool TryGet(JsonElement item, string field, out JsonElement value)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex NamePattern();
}
