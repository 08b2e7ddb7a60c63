namespace Livepeer.Grains.Tests.Video;

/// <summary>What a test orchestrator does with a transcode job.</summary>
public enum OrchestratorBehaviour
{
    /// <summary>Transcodes the segment it was given.</summary>
    Honest,

    /// <summary>Transcodes another video of the same size and length (same pixels, other pictures).</summary>
    WrongVideo,

    /// <summary>Fails the job as a worker error.</summary>
    Fail,
}
