using System.Collections.Frozen;

namespace Livepeer.Protocol.Video;

/// <summary>
/// go-livepeer's built-in rendition presets (lpms VideoProfileLookup, gateway-api.md §2.5). P144p25fps16x9 is
/// defined there but missing from the lookup, so it cannot be chosen by name here either.
/// </summary>
public static class VideoPresets
{
    /// <summary>The node-wide default when a stream names no presets or profiles (go-livepeer -transcodingOptions).</summary>
    public const string DefaultNames = "P240p30fps16x9,P360p30fps16x9";

    private static readonly FrozenDictionary<string, RenditionProfile> Lookup = new[]
    {
        Preset("P720p60fps16x9", 1280, 720, 6_000_000, 60),
        Preset("P720p30fps16x9", 1280, 720, 4_000_000, 30),
        Preset("P720p25fps16x9", 1280, 720, 3_500_000, 25),
        Preset("P720p30fps4x3", 960, 720, 3_500_000, 30),
        Preset("P576p30fps16x9", 1024, 576, 1_500_000, 30),
        Preset("P576p25fps16x9", 1024, 576, 1_500_000, 25),
        Preset("P360p30fps16x9", 640, 360, 1_200_000, 30),
        Preset("P360p25fps16x9", 640, 360, 1_000_000, 25),
        Preset("P360p30fps4x3", 480, 360, 1_000_000, 30),
        Preset("P240p30fps16x9", 426, 240, 600_000, 30),
        Preset("P240p25fps16x9", 426, 240, 600_000, 25),
        Preset("P240p30fps4x3", 320, 240, 600_000, 30),
        Preset("P144p30fps16x9", 256, 144, 400_000, 30),
    }.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>Every preset name, in the table's order of size.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Lookup.Values.OrderByDescending(p => p.Height).ThenByDescending(p => p.Fps).ThenByDescending(p => p.Width).Select(p => p.Name)];

    public static bool TryGet(string name, out RenditionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Lookup.TryGetValue(name, out profile!);
    }

    /// <summary>
    /// The presets of a list of names, in order. go-livepeer drops unknown names silently; here an unknown
    /// name is an error naming the known ones, so a typo cannot quietly remove a rendition.
    /// </summary>
    public static IReadOnlyList<RenditionProfile> Resolve(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var profiles = new List<RenditionProfile>();
        foreach (var name in names)
        {
            if (name is null || !Lookup.TryGetValue(name, out var profile))
            {
                throw new VideoConfigException($"unknown preset \"{name}\"; known presets: {string.Join(", ", Names)}");
            }
            profiles.Add(profile);
        }
        return profiles;
    }

    /// <summary>A comma-separated preset list such as <see cref="DefaultNames"/>; blanks around names are ignored, an empty list is no renditions.</summary>
    public static IReadOnlyList<RenditionProfile> ParseList(string names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Resolve(names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static RenditionProfile Preset(string name, int width, int height, int bitrate, uint fps) =>
        new(name, width, height, bitrate, fps, 1, VideoCodecProfile.None, null, VideoEncoder.H264, 0, 0, 0);
}
