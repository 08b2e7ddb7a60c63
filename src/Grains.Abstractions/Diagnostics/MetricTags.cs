namespace Livepeer.Grains.Abstractions.Diagnostics;

/// <summary>Tag (label) names of the <see cref="LivepeerMetrics"/> instruments.</summary>
public static class MetricTags
{
    public const string Result = "result";
    public const string Outcome = "outcome";
    public const string Orchestrator = "orchestrator";
    public const string Sender = "sender";
    public const string Pipeline = "pipeline";
    public const string Model = "model";

    /// <summary><see cref="LivepeerMetrics.TicketsReceived"/>: the ticket was credited.</summary>
    public const string Credited = "credited";

    /// <summary><see cref="LivepeerMetrics.TicketsReceived"/>: the ticket was refused (or its payment was).</summary>
    public const string Refused = "refused";

    /// <summary><see cref="LivepeerMetrics.TicketsRedeemed"/>: redeemed on chain.</summary>
    public const string Redeemed = "redeemed";

    /// <summary><see cref="LivepeerMetrics.TicketsRedeemed"/>: failed for good (expired, already used, reverted).</summary>
    public const string Failed = "failed";
}
