namespace Livepeer.Protocol.Selection;

/// <summary>What one selection is for: the job, the rule, and optional narrowing.</summary>
public sealed record SelectionRequest(CapabilityModel Job)
{
    public SelectionRule Rule { get; init; } = SelectionRule.Probability;

    /// <summary>Only orchestrators that have the model warm (the AI warm pool).</summary>
    public bool RequireWarm { get; init; }

    public TrustPool Pool { get; init; } = TrustPool.Any;

    /// <summary>
    /// A request with go-livepeer's rule for the job: live AI always takes the lowest discovery latency;
    /// on-chain, the probability draw; off-chain, transcoding takes the lowest discovery latency and
    /// batch AI the lowest latency score.
    /// </summary>
    public static SelectionRequest For(CapabilityModel job, bool onChain) => new(job)
    {
        Rule = job.Kind switch
        {
            JobKind.LiveAi => SelectionRule.LowestDiscoveryLatency,
            _ when onChain => SelectionRule.Probability,
            JobKind.Transcoding => SelectionRule.LowestDiscoveryLatency,
            _ => SelectionRule.LowestLatencyScore,
        },
    };
}
