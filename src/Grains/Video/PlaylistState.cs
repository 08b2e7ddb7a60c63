namespace Livepeer.Grains.Video;

/// <summary>One rendition's live window.</summary>
[GenerateSerializer, Alias("livepeer.state.Playlist")]
public sealed class PlaylistState
{
    /// <summary>Segments ever added; the window's media sequence is this minus the window's length.</summary>
    [Id(0)] public long Appended { get; set; }

    /// <summary>The latest segments, oldest first, at most the live window.</summary>
    [Id(1)] public List<PlaylistEntryState> Entries { get; set; } = [];

    /// <summary>Size of the latest encoded segment (0 when copied untranscoded).</summary>
    [Id(2)] public int Width { get; set; }

    [Id(3)] public int Height { get; set; }
}
