namespace Livepeer.Grains.Video;

[GenerateSerializer, Alias("livepeer.state.PlaylistEntry")]
public sealed class PlaylistEntryState
{
    [Id(0)] public long Sequence { get; set; }

    [Id(1)] public double DurationMs { get; set; }
}
