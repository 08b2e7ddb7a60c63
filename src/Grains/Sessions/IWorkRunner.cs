using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// Runs paid work on an in-cluster orchestrator and says what it produced, including the units the
/// orchestrator debits. Throws <see cref="WorkRejectedException"/> when the job fails.
/// </summary>
public interface IWorkRunner
{
    Task<WorkOutput> RunAsync(EthAddress orchestrator, WorkOrder work, CancellationToken cancellationToken = default);
}
