namespace Livepeer.Protocol.Pricing;

/// <summary>How a paid request ended, which decides what the gateway credits back (pm-protocol.md §10.2 step 5).</summary>
public enum BalanceUpdateStatus
{
    /// <summary>No response headers arrived: the new tickets are forgotten, the reserved credit comes back.</summary>
    Staged,

    /// <summary>A response arrived but was not a usable result: reserved and new credit are treated as spent.</summary>
    CreditSpent,

    /// <summary>A result arrived: reserved + new credit − what the result cost comes back (may be negative).</summary>
    ReceivedChange,
}
