using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Sessions;
using Livepeer.Grains.Video;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Tests.Video;

/// <summary>
/// Registered ahead of the real handler so it sees "transcode" jobs first: honest orchestrators get the real
/// <see cref="TranscodeJobHandler"/>; the others transcode another video, or fail, as <see cref="TestOrchestrators"/> says.
/// </summary>
public sealed class DishonestTranscodeHandler(IGrainFactory grains, TestOrchestrators orchestrators) : IJobHandler
{
    private readonly TranscodeJobHandler _real = new(grains);

    public bool Handles(string job) => _real.Handles(job);

    public Task<WorkOutput> RunAsync(EthAddress orchestrator, WorkOrder work, WorkPayload payload, CancellationToken cancellationToken) => orchestrators[orchestrator] switch
    {
        OrchestratorBehaviour.WrongVideo => _real.RunAsync(orchestrator, work, payload with { Body = orchestrators.OtherVideo }, cancellationToken),
        OrchestratorBehaviour.Fail => throw new WorkRejectedException("the test orchestrator's worker broke down"),
        _ => _real.RunAsync(orchestrator, work, payload, cancellationToken),
    };
}
