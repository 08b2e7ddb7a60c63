using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Video;

/// <summary>One pushed segment and the stream configuration it came with (already validated by the gateway).</summary>
/// <param name="Duration">Content-Duration (2 s when the client sent none)</param>
/// <param name="SourceWidth">Content-Resolution width; 0 when not sent</param>
/// <param name="Renditions">the renditions wanted, in order (the stream's configuration or the node defaults); empty = view-only</param>
/// <param name="HasVideo">false for an audio-only segment, which is copied into every rendition untranscoded</param>
/// <param name="VerificationFreq">&gt; 0: about one segment in this many is checked against a trusted orchestrator</param>
/// <param name="TimeoutMultiplier">multiplies the per-segment timeout (values below 2 change nothing)</param>
[GenerateSerializer, Immutable, Alias("livepeer.SegmentPush")]
public sealed record SegmentPush(
    [property: Id(0)] long Sequence,
    [property: Id(1)] SegmentFormat Format,
    [property: Id(2)] byte[] Data,
    [property: Id(3)] TimeSpan Duration,
    [property: Id(4)] int SourceWidth,
    [property: Id(5)] int SourceHeight,
    [property: Id(6)] IReadOnlyList<RenditionProfile> Renditions,
    [property: Id(7)] bool HasVideo,
    [property: Id(8)] uint VerificationFreq,
    [property: Id(9)] int TimeoutMultiplier);
