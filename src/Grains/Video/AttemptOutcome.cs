namespace Livepeer.Grains.Video;

/// <summary>One orchestrator's go at a segment: the renditions, or why not.</summary>
/// <param name="BadInput">the orchestrator found the segment itself unusable (no other one is tried)</param>
/// <param name="Elapsed">wall time of the call, payment included</param>
internal sealed record AttemptOutcome(TranscodedSegment? Segment, string? Error, bool BadInput, TimeSpan Elapsed)
{
    public bool Succeeded => Segment is not null;
}
