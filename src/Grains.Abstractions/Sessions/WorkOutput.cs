using System.Numerics;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>What a completed job produced.</summary>
/// <param name="Units">priced units actually produced (output pixels or AI units): what the orchestrator debits</param>
/// <param name="Artifacts">output media, in the job's order (renditions by profile, images, audio)</param>
/// <param name="Metadata">the job's JSON result beside the media (text, timings, per-rendition facts); "{}" when none</param>
[GenerateSerializer, Immutable, Alias("livepeer.WorkOutput")]
public sealed record WorkOutput(
    [property: Id(0)] BigInteger Units,
    [property: Id(1)] IReadOnlyList<WorkArtifact> Artifacts,
    [property: Id(2)] string Metadata)
{
    /// <summary>Payment-only work: the ordered units, nothing produced.</summary>
    public static WorkOutput Metered(BigInteger units) => new(units, [], "{}");
}
