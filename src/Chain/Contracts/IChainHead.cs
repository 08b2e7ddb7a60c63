using System.Numerics;

namespace Livepeer.Chain.Contracts;

/// <summary>Chain time and gas: the L1 block number (pm-protocol.md §5.5) and the suggested gas price.</summary>
public interface IChainHead
{
    Task<long> GetL1BlockNumberAsync(CancellationToken cancellationToken = default);

    Task<BigInteger> GetGasPriceAsync(CancellationToken cancellationToken = default);
}
