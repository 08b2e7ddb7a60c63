using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Video;

/// <summary>
/// One pushed video stream (key: its manifest ID): its renditions, the live window of every playlist and the
/// segments' way through orchestrator selection, payment and transcoding. Segments of a stream are handled one
/// at a time; reading the playlists interleaves with them.
/// </summary>
[Alias("livepeer.IStreamGrain")]
public interface IStreamGrain : IGrainWithStringKey
{
    /// <summary>Stores the segment, has it transcoded (up to MaxAttempts orchestrators) and stores the renditions.</summary>
    [Alias("ProcessSegment")]
    Task<SegmentResult> ProcessSegment(SegmentPush push);

    /// <summary>What the playlists show now; <see cref="StreamView.Exists"/> is false for a stream never pushed.</summary>
    [AlwaysInterleave, ReadOnly, Alias("GetView")]
    Task<StreamView> GetView();
}
