using System.Diagnostics.CodeAnalysis;

namespace Livepeer.Protocol.Selection;

/// <summary>The orchestrator picked for a job, or the reason none could be (see <see cref="Filter"/>).</summary>
public sealed record SelectionResult(OrchestratorCandidate? Selected, CandidateFilterResult Filter)
{
    [MemberNotNullWhen(true, nameof(Selected))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Selected is not null;

    /// <summary>Set when nothing was selected, e.g. "no orchestrator offers text-to-image/model (…)".</summary>
    public string? Error => Selected is null ? Filter.Error ?? $"no orchestrator offers {Filter.Job}" : null;
}
