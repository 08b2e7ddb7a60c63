using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts;

/// <summary>The RoundsManager views a node reads (chain.md §3).</summary>
public interface IRoundsManager
{
    Task<RoundState> GetRoundStateAsync(CancellationToken cancellationToken = default);

    /// <summary>The L1 block hash recorded when <paramref name="round"/> was initialized; zero if it never was.</summary>
    Task<Hash32> GetBlockHashForRoundAsync(long round, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends initializeRound and waits for it to be mined. Anyone may, once per round: a round already initialized
    /// reverts with "round already initialized" (<see cref="ContractRevertException"/>).
    /// </summary>
    Task InitializeRoundAsync(CancellationToken cancellationToken = default);
}
