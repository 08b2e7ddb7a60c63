using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Tests.Sessions;

/// <summary>
/// Job <see cref="Job"/>: fails after the orchestrator took the payment, the way a call whose worker's silo was
/// killed ends (a timeout, not a refusal): the gateway gets no answer, the orchestrator keeps the credit.
/// </summary>
public sealed class LostAnswerJobHandler : IJobHandler
{
    public const string Job = "lost-answer";

    public bool Handles(string job) => job == Job;

    public Task<WorkOutput> RunAsync(EthAddress orchestrator, WorkOrder work, WorkPayload payload, CancellationToken cancellationToken) =>
        throw new TimeoutException("the worker's silo did not answer (test)");
}
