namespace Livepeer.Grains.Abstractions.Wire;

/// <summary>
/// The silo side of the orchestrator wire endpoints (key: the orchestrator's address, lower-case hex): turns
/// a paid /segment or AI request into this cluster's job, runs and debits it through the shared request
/// processor, stores the output where the endpoints serve media, and answers in the wire's terms.
/// </summary>
[Alias("livepeer.IWireWorkGrain")]
public interface IWireWorkGrain : IGrainWithStringKey
{
    /// <summary>Transcodes a paid segment; the renditions are stored and described for a TranscodeResult.</summary>
    [Alias("TranscodeSegment")]
    Task<WireSegmentOutcome> TranscodeSegment(WireSegmentJob job);

    /// <summary>Runs a paid AI request; the outputs are stored and the ai-runner JSON response built around their URLs.</summary>
    [Alias("RunAi")]
    Task<WireAiOutcome> RunAi(WireAiJob job);
}
