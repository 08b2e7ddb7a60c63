namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>How a paid call ended; decides what the gateway credits back (pm-protocol.md §10.2 step 5).</summary>
[GenerateSerializer, Alias("livepeer.PaidCallStatus")]
public enum PaidCallStatus
{
    /// <summary>Nothing was sent: the session could not pay (no params, sender checks failed, price more than doubled).</summary>
    NotSent,

    /// <summary>Sent, but no answer came back: the new tickets are forgotten, the reserved balance comes back (Staged).</summary>
    NoResponse,

    /// <summary>The orchestrator answered with an error: the reserved and new credit count as spent (CreditSpent).</summary>
    Rejected,

    /// <summary>The work was done: reserved + new credit − its cost stays on the balance (ReceivedChange).</summary>
    Completed,
}
