using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Chain;

/// <summary>
/// Reads chain time from <see cref="ILivepeerChain"/>: block, round facts, the previous round's hash
/// when the current one is zero (Arbitrum), pool size once per round, and the gas price with its floor.
/// Throws <see cref="ChainUnavailableException"/> when the node does not answer.
/// </summary>
public sealed class ChainTimeReader(ILivepeerChain chain, IOptions<ChainWatcherOptions> options, TimeProvider clock)
{
    public async Task<ChainTime> ReadAsync(ChainTime previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        long block = await chain.GetL1BlockNumberAsync(cancellationToken);
        var round = await chain.GetRoundStateAsync(cancellationToken);
        bool sameRound = previous.IsKnown && previous.LastInitializedRound == round.LastInitializedRound
            && previous.RoundBlockHash == round.LastInitializedRoundBlockHash;
        var previousHash = Hash32.Zero;
        if (round.LastInitializedRoundBlockHash.IsZero && round.LastInitializedRound > 0)
        {
            previousHash = sameRound
                ? previous.PreviousRoundBlockHash
                : await chain.GetBlockHashForRoundAsync(round.LastInitializedRound - 1, cancellationToken);
        }
        // The active set only changes at round boundaries (go-livepeer refreshes it on NewRound).
        int poolSize = sameRound && previous.CurrentRound == round.CurrentRound
            ? previous.PoolSize
            : await chain.GetTranscoderPoolSizeAsync(cancellationToken);
        var gasPrice = BigInteger.Max(await chain.GetGasPriceAsync(cancellationToken), options.Value.MinGasPrice);
        return new ChainTime(
            block,
            round.CurrentRound,
            round.CurrentRoundInitialized,
            round.CurrentRoundStartBlock,
            round.LastInitializedRound,
            round.LastInitializedRoundBlockHash,
            previousHash,
            poolSize,
            gasPrice,
            clock.GetUtcNow());
    }
}
