using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Grains.Placement;
using Livepeer.Grains.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Video;

/// <summary>
/// The orchestrator side of "transcode" jobs: hands the segment to a <see cref="TranscoderGrain"/> on a GPU silo
/// and returns the renditions, charging their output pixels (pm-protocol.md §9.5, §10.3).
/// </summary>
public sealed class TranscodeJobHandler(IGrainFactory grains) : IJobHandler
{
    public bool Handles(string job) => job == TranscodeJobParameters.Job;

    public async Task<WorkOutput> RunAsync(EthAddress orchestrator, WorkOrder work, WorkPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var parameters = TranscodeJobParameters.Parse(payload.Parameters);
        if (RenditionSupport.Problem(parameters.Profiles) is { } problem)
        {
            throw new WorkRejectedException(problem) { IsBadInput = true };
        }
        if (payload.Body.Length == 0)
        {
            throw new WorkRejectedException("the segment is empty") { IsBadInput = true };
        }
        var worker = grains.GetGrain<ITranscoderGrain>($"{orchestrator.ToLowerHex()}/{parameters.ManifestId}");
        TranscodedSegment segment;
        try
        {
            segment = await worker.Transcode(new TranscodeJob(payload.Body, parameters.Format, parameters.Profiles, parameters.Timeout));
        }
        catch (NoGpuSiloException e)
        {
            throw new WorkRejectedException(e.Message);
        }
        return TranscodeOutput.ToWorkOutput(segment, parameters.Format);
    }
}
