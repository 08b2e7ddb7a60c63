using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// The outcome of the filters for one job: the eligible entries (input order), every rejected entry
/// with its reason, and which soft rules had to give way. <see cref="Error"/> is set when none is eligible.
/// </summary>
public sealed record CandidateFilterResult(
    CapabilityModel Job,
    IReadOnlyList<OrchestratorCandidate> Eligible,
    IReadOnlyList<CandidateRejection> Rejected,
    BigRational? MaxPrice,
    bool MaxPriceIgnored,
    bool PerfScoreFilterSkipped,
    bool SuspendedFallback,
    string? Error);
