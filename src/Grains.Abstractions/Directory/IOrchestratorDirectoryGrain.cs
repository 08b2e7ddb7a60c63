using Livepeer.Protocol.Crypto;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>
/// Known orchestrators for one kind of work (key: the capability id as decimal text, or "default"
/// for transcoding): in-cluster ones registered by their grains plus a static list from options,
/// with latency, failures and suspensions (go-livepeer's suspender, shared by the gateway's callers).
/// </summary>
[Alias("livepeer.IOrchestratorDirectoryGrain")]
public interface IOrchestratorDirectoryGrain : IGrainWithStringKey
{
    public const string DefaultKey = "default";

    [Alias("Register")]
    Task Register(OrchestratorListing listing);

    [Alias("Unregister")]
    Task Unregister(EthAddress orchestrator);

    /// <summary>A call succeeded: <paramref name="latency"/> is its round trip, <paramref name="latencyScore"/> the job's latency score (0 when not scored).</summary>
    [Alias("ReportSuccess")]
    Task ReportSuccess(EthAddress orchestrator, TimeSpan latency, double latencyScore);

    /// <summary>A call failed: the orchestrator is suspended for the penalty of this directory's kind of work.</summary>
    [Alias("ReportFailure")]
    Task ReportFailure(EthAddress orchestrator, string reason);

    /// <summary>A caller refreshed its pool (a discovery round): suspensions count down by one.</summary>
    [Alias("SignalRefresh")]
    Task SignalRefresh();

    [ReadOnly, Alias("GetSnapshot")]
    Task<DirectorySnapshot> GetSnapshot();
}
