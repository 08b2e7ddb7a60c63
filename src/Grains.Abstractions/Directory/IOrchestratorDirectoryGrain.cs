using Livepeer.Protocol.Crypto;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>
/// Known orchestrators for one capability (key: the capability id as decimal text, or "default" for
/// transcoding): in-cluster ones registered by their grains plus a static list from options, with
/// latency, failures and suspensions.
/// </summary>
[Alias("livepeer.IOrchestratorDirectoryGrain")]
public interface IOrchestratorDirectoryGrain : IGrainWithStringKey
{
    public const string DefaultKey = "default";

    [Alias("Register")]
    Task Register(OrchestratorListing listing);

    [Alias("Unregister")]
    Task Unregister(EthAddress orchestrator);

    [Alias("ReportSuccess")]
    Task ReportSuccess(EthAddress orchestrator, TimeSpan latency);

    /// <summary>Counts a failure; enough of them in a row suspend the orchestrator for a while.</summary>
    [Alias("ReportFailure")]
    Task ReportFailure(EthAddress orchestrator, string reason);

    [ReadOnly, Alias("GetSnapshot")]
    Task<DirectorySnapshot> GetSnapshot();
}
