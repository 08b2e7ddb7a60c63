namespace Livepeer.Grains.Video;

/// <summary>What a transcode produced: the decoded source's facts and the renditions in profile order.</summary>
/// <param name="SourceDuration">the decoded duration (zero when the decoder could not tell)</param>
/// <param name="TranscodeTime">time spent in the transcoder itself, queueing excluded</param>
[GenerateSerializer, Immutable, Alias("livepeer.TranscodedSegment")]
public sealed record TranscodedSegment(
    [property: Id(0)] int SourceWidth,
    [property: Id(1)] int SourceHeight,
    [property: Id(2)] double SourceFramesPerSecond,
    [property: Id(3)] TimeSpan SourceDuration,
    [property: Id(4)] IReadOnlyList<TranscodedRenditionData> Renditions,
    [property: Id(5)] TimeSpan TranscodeTime);
