using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts;

/// <summary>Round facts at one moment (chain.md §3).</summary>
public sealed record RoundState(
    long CurrentRound,
    bool CurrentRoundInitialized,
    long CurrentRoundStartBlock,
    long RoundLength,
    long LastInitializedRound,
    Hash32 LastInitializedRoundBlockHash);
