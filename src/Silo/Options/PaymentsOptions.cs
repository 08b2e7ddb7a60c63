namespace Livepeer.Silo.Options;

/// <summary>
/// The ticket numbers an operator tunes (section <c>Payments</c>; go-livepeer's -ticketEV, -maxFaceValue, -maxTicketEV,
/// -maxTotalEV), as decimal wei. Empty keeps go-livepeer's default. The first two shape the tickets this node's
/// orchestrator asks for; the last two cap what this node's gateway agrees to sign.
/// </summary>
public sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>Orchestrator: the EV (wei) each ticket must carry (default 8 000 000 000).</summary>
    public string TicketEV { get; set; } = "";

    /// <summary>Orchestrator: cap on the face value it asks for, above <see cref="TicketEV"/>; 0 means no cap (the default).</summary>
    public string MaxFaceValue { get; set; } = "";

    /// <summary>Gateway: the highest EV of one ticket it signs (default 3 000 000 000 000).</summary>
    public string MaxTicketEV { get; set; } = "";

    /// <summary>Gateway: the highest total EV of the tickets of one payment (default 20 000 000 000 000).</summary>
    public string MaxTotalEV { get; set; } = "";

    /// <summary>True when the orchestrator's ticket settings are configured here (they then replace the stored ones at start).</summary>
    public bool SetsOrchestratorTickets => TicketEV.Length > 0 || MaxFaceValue.Length > 0;
}
