namespace Livepeer.Grains.Video;

/// <summary>
/// Transcodes segments on a GPU silo (key: "{orchestrator}/{manifestID}", so one stream's segments keep to one
/// worker activation). Failures are <see cref="Abstractions.Sessions.WorkRejectedException"/>s.
/// </summary>
[Alias("livepeer.ITranscoderGrain")]
public interface ITranscoderGrain : IGrainWithStringKey
{
    [Alias("Transcode")]
    Task<TranscodedSegment> Transcode(TranscodeJob job);
}
