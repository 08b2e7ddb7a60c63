namespace Livepeer.Grains.Abstractions.Diagnostics;

/// <summary>Values of the <c>outcome</c> tag of <see cref="LivepeerMetrics.SelectionDecisions"/>.</summary>
public static class SelectionOutcomes
{
    /// <summary>An orchestrator was picked for the job.</summary>
    public const string Selected = "selected";

    /// <summary>No candidate was eligible (see the selection error for why).</summary>
    public const string NoneEligible = "none_eligible";

    /// <summary>A picked orchestrator did the work (reported to the directory).</summary>
    public const string Success = "success";

    /// <summary>A picked orchestrator failed the work and was suspended (reported to the directory).</summary>
    public const string Failure = "failure";
}
