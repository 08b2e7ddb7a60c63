using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// The silo's <see cref="IWorkRunner"/>: hands each job to the registered <see cref="IJobHandler"/> that
/// runs it. Orders without a payload are payment-only and charge exactly the units ordered.
/// </summary>
public sealed class JobWorkRunner(IEnumerable<IJobHandler> handlers) : IWorkRunner
{
    private readonly IJobHandler[] _handlers = [.. handlers];

    public Task<WorkOutput> RunAsync(EthAddress orchestrator, WorkOrder work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.Payload is not { } payload)
        {
            return Task.FromResult(WorkOutput.Metered(work.Units));
        }
        var handler = Array.Find(_handlers, h => h.Handles(payload.Job))
            ?? throw new WorkRejectedException($"this orchestrator does not run {payload.Job} jobs");
        return handler.RunAsync(orchestrator, work, payload, cancellationToken);
    }
}
