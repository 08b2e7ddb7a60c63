namespace Livepeer.Protocol.Video;

/// <summary>
/// What a structural look at a segment found: whether it is usable at all (<see cref="Problem"/> is null) and
/// whether it declares video and audio streams. Decoding may still fail later; this only rules out what
/// cannot be a segment without paying an orchestrator for it.
/// </summary>
public sealed record SegmentProbeResult(string? Problem, bool HasVideo, bool HasAudio)
{
    public bool IsValid => Problem is null;

    public static SegmentProbeResult Invalid(string problem) => new(problem, false, false);
}
