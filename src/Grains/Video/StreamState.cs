namespace Livepeer.Grains.Video;

/// <summary>A stream's stored state: its configuration and every playlist's live window.</summary>
[GenerateSerializer, Alias("livepeer.state.Stream")]
public sealed class StreamState
{
    /// <summary>A segment was pushed (the stream exists).</summary>
    [Id(0)] public bool Started { get; set; }

    /// <summary>No push for the idle timeout: the playlists are final until the next push starts a new session.</summary>
    [Id(1)] public bool Ended { get; set; }

    /// <summary>"ts" or "mp4".</summary>
    [Id(2)] public string Format { get; set; } = "ts";

    /// <summary>Content-Resolution of the source, else its decoded size; 0 when unknown.</summary>
    [Id(3)] public int SourceWidth { get; set; }

    [Id(4)] public int SourceHeight { get; set; }

    /// <summary>The renditions as a JSON profile array (gateway-api.md §2.4), in order.</summary>
    [Id(5)] public string Profiles { get; set; } = "[]";

    /// <summary>By rendition name ("source" included).</summary>
    [Id(6)] public Dictionary<string, PlaylistState> Playlists { get; set; } = [];

    [Id(7)] public DateTimeOffset LastPushAt { get; set; }

    /// <summary>Segments handled successfully since the stream started.</summary>
    [Id(8)] public long Segments { get; set; }
}
