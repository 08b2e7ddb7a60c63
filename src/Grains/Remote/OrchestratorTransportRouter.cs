using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Sessions;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Grains.Remote;

/// <summary>
/// The silo's <see cref="IOrchestratorTransport"/>: orchestrators this cluster runs are reached through their grains,
/// every other one over the wire protocol. An endpoint without a service URI (or with the in-cluster scheme) is ours;
/// one with a URI is ours when the directory lists it as in-cluster (an orchestrator of ours that also serves remote
/// gateways), which is read at most every few seconds.
/// </summary>
public sealed class OrchestratorTransportRouter(InClusterOrchestratorTransport inCluster, IServiceProvider services, IGrainFactory grains, TimeProvider clock)
    : IOrchestratorTransport
{
    private static readonly TimeSpan DirectoryRefresh = TimeSpan.FromSeconds(5);

    private (HashSet<EthAddress> Orchestrators, DateTimeOffset ReadAt)? _inCluster;

    public async Task<QuoteResult> GetOrchestratorInfoAsync(OrchestratorEndpoint endpoint, QuoteRequest request, CancellationToken cancellationToken = default) =>
        await (await ForAsync(endpoint)).GetOrchestratorInfoAsync(endpoint, request, cancellationToken);

    public async Task<PaidCallResponse> PayAndCallAsync(OrchestratorEndpoint endpoint, PaidCall call, CancellationToken cancellationToken = default) =>
        await (await ForAsync(endpoint)).PayAndCallAsync(endpoint, call, cancellationToken);

    /// <summary>True for a service URI that names no remote node: empty, or the directory's in-cluster scheme.</summary>
    public static bool IsInClusterUri(string? serviceUri) =>
        string.IsNullOrEmpty(serviceUri)
        || (Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri) && uri.Scheme == DirectoryCandidates.InClusterScheme);

    private async Task<IOrchestratorTransport> ForAsync(OrchestratorEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (IsInClusterUri(endpoint.ServiceUri) || (await InClusterAsync()).Contains(endpoint.Orchestrator))
        {
            return inCluster;
        }
        return services.GetRequiredService<RemoteOrchestratorTransport>();
    }

    private async Task<HashSet<EthAddress>> InClusterAsync()
    {
        var now = clock.GetUtcNow();
        if (_inCluster is { } cached && now - cached.ReadAt < DirectoryRefresh)
        {
            return cached.Orchestrators;
        }
        // Every orchestrator of ours lists itself in the default directory.
        var snapshot = await grains.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey).GetSnapshot();
        var ours = snapshot.Entries.Where(e => e.Listing.InCluster).Select(e => e.Listing.Orchestrator).ToHashSet();
        _inCluster = (ours, now);
        return ours;
    }
}
