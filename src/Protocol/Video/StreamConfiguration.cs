using System.Text.Json;

namespace Livepeer.Protocol.Video;

/// <summary>
/// The stream configuration object of the auth-webhook response and the <c>Livepeer-Transcode-Configuration</c>
/// header (gateway-api.md §2.3). Fields this gateway does not act on (object stores, recordings, stream key)
/// are read for type but otherwise ignored; unknown fields are ignored, as go-livepeer does.
/// </summary>
/// <param name="Presets">preset names, in order; null when absent</param>
/// <param name="Profiles">JSON profiles, in order; null when absent</param>
/// <param name="VerificationFreq">&gt; 0 turns verification on: about one segment in this many is checked</param>
/// <param name="TimeoutMultiplier">multiplies the per-segment timeouts; 0 or 1 = none</param>
public sealed record StreamConfiguration(
    string? ManifestId,
    string? StreamId,
    string? SessionId,
    IReadOnlyList<string>? Presets,
    IReadOnlyList<RenditionProfile>? Profiles,
    uint VerificationFreq,
    int TimeoutMultiplier,
    bool ForceSessionReinit)
{
    /// <summary>Nothing configured: node defaults apply.</summary>
    public static readonly StreamConfiguration Empty = new(null, null, null, null, null, 0, 0, false);

    /// <summary>
    /// Parses the header's JSON. Any problem is a <see cref="VideoConfigException"/> whose message starts with
    /// go-livepeer's "failed to parse transcode config header" and then says what is wrong.
    /// </summary>
    public static StreamConfiguration ParseHeader(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new VideoConfigException($"failed to parse transcode config header: not valid JSON: {e.Message}", e);
        }
        catch (VideoConfigException e)
        {
            throw new VideoConfigException($"failed to parse transcode config header: {e.Message}", e);
        }
    }

    /// <summary>Parses a configuration object.</summary>
    public static StreamConfiguration Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new VideoConfigException($"the configuration must be a JSON object, got {JsonProfiles.Describe(root.ValueKind)}");
        }
        string? manifestId = null, streamId = null, sessionId = null;
        List<string>? presets = null;
        IReadOnlyList<RenditionProfile>? profiles = null;
        uint verificationFreq = 0;
        int timeoutMultiplier = 0;
        bool forceReinit = false;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name.ToUpperInvariant())
            {
                case "MANIFESTID":
                    manifestId = Text(value, property.Name);
                    break;
                case "STREAMID":
                    streamId = Text(value, property.Name);
                    break;
                case "SESSIONID":
                    sessionId = Text(value, property.Name);
                    break;
                case "STREAMKEY" or "OBJECTSTORE" or "RECORDOBJECTSTORE" or "RECORDOBJECTSTOREURL":
                    Text(value, property.Name);
                    break;
                case "PREVIOUSSESSIONS":
                    Strings(value, property.Name);
                    break;
                case "PRESETS":
                    presets = Strings(value, property.Name);
                    break;
                case "PROFILES":
                    profiles = value.ValueKind == JsonValueKind.Null ? null : JsonProfiles.Parse(value);
                    break;
                case "VERIFICATIONFREQ":
                    verificationFreq = (uint)Whole(value, property.Name, 0, uint.MaxValue);
                    break;
                case "TIMEOUTMULTIPLIER":
                    timeoutMultiplier = (int)Whole(value, property.Name, int.MinValue, int.MaxValue);
                    break;
                case "FORCESESSIONREINIT":
                    forceReinit = value.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False or JsonValueKind.Null => false,
                        _ => throw new VideoConfigException($"\"{property.Name}\" must be true or false, got {value.GetRawText()}"),
                    };
                    break;
                default:
                    break;
            }
        }
        return new StreamConfiguration(manifestId, streamId, sessionId, presets, profiles, verificationFreq, timeoutMultiplier, forceReinit);
    }

    /// <summary>True when presets or profiles name at least one rendition.</summary>
    public bool NamesRenditions => (Presets?.Count ?? 0) + (Profiles?.Count ?? 0) > 0;

    /// <summary>
    /// The renditions of this configuration: presets then profiles; <paramref name="defaults"/> when it names
    /// none (gateway-api.md §2.3). Throws for an unknown preset or two renditions with one name.
    /// </summary>
    public IReadOnlyList<RenditionProfile> Renditions(IReadOnlyList<RenditionProfile> defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (!NamesRenditions)
        {
            return defaults;
        }
        var renditions = new List<RenditionProfile>(VideoPresets.Resolve(Presets ?? []));
        renditions.AddRange(Profiles ?? []);
        JsonProfiles.CheckUniqueNames(renditions);
        return renditions;
    }

    private static string? Text(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new VideoConfigException($"\"{field}\" must be a string, got {value.GetRawText()}"),
    };

    private static List<string>? Strings(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new VideoConfigException($"\"{field}\" must be an array of strings, got {value.GetRawText()}");
        }
        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            list.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new VideoConfigException($"\"{field}\" must hold only strings, got {item.GetRawText()}"));
        }
        return list;
    }

    private static long Whole(JsonElement value, string field, long min, long max)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long number) || number < min || number > max)
        {
            throw new VideoConfigException($"\"{field}\" must be a whole number between {min} and {max}, got {value.GetRawText()}");
        }
        return number;
    }
}
