namespace Livepeer.Grains.Tickets;

/// <summary>One session's credit with the orchestrator: an exact rational as "num/den" text, and its fixed price.</summary>
[GenerateSerializer, Alias("livepeer.state.SessionCredit")]
public sealed class SessionCreditState
{
    [Id(0)] public string Balance { get; set; } = "0";

    /// <summary>The expected price of the session's first payment; null before it.</summary>
    [Id(1)] public string? FixedPrice { get; set; }

    [Id(2)] public DateTimeOffset UpdatedAt { get; set; }
}
