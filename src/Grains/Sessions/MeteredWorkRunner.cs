using System.Numerics;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// The payment layer's own <see cref="IWorkRunner"/>: charges exactly the units ordered. Transcoder and
/// inference grains replace it with one that reports the units they actually produced.
/// </summary>
public sealed class MeteredWorkRunner : IWorkRunner
{
    public Task<BigInteger> RunAsync(EthAddress orchestrator, WorkOrder work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Task.FromResult(work.Units);
    }
}
