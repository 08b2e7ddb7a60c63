using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts;

/// <summary>The BondingManager subset a node needs (chain.md §4): the active set and stake.</summary>
public interface IBondingManager
{
    Task<bool> IsActiveTranscoderAsync(EthAddress transcoder, CancellationToken cancellationToken = default);

    Task<int> GetTranscoderPoolSizeAsync(CancellationToken cancellationToken = default);

    Task<BigInteger> GetTranscoderTotalStakeAsync(EthAddress transcoder, CancellationToken cancellationToken = default);

    /// <summary>The pool in descending stake order (getFirstTranscoderInPool / getNextTranscoderInPool).</summary>
    Task<IReadOnlyList<EthAddress>> GetTranscoderPoolAsync(CancellationToken cancellationToken = default);
}
