using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// Runs one family of jobs for <see cref="JobWorkRunner"/> (transcoding, an AI pipeline). Register with
/// <c>services.AddSingleton&lt;IJobHandler, ...&gt;()</c>.
/// </summary>
public interface IJobHandler
{
    /// <summary>True when this handler runs <paramref name="job"/> (a <see cref="WorkPayload.Job"/> name).</summary>
    bool Handles(string job);

    Task<WorkOutput> RunAsync(EthAddress orchestrator, WorkOrder work, WorkPayload payload, CancellationToken cancellationToken);
}
