using System.Numerics;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Sessions;

/// <summary>Runs paid work on an in-cluster orchestrator and says how many units it produced (what the orchestrator debits).</summary>
public interface IWorkRunner
{
    Task<BigInteger> RunAsync(EthAddress orchestrator, WorkOrder work, CancellationToken cancellationToken = default);
}
