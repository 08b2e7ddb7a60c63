using System.Diagnostics;
using System.Globalization;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Remote;

/// <summary>
/// Feeds the orchestrator directories with remote orchestrators: every refresh interval it reads the sources, asks
/// each URI for OrchestratorInfo in one discovery round with go-livepeer's timer (gateway-api.md §4.2: wait from
/// 500 ms, doubling while nobody answered, then end at the next tick; 6 s at most), and lists those that answered
/// (address = ticket recipient, capabilities, prices) in the default directory and the directory of each capability
/// they offer. Orchestrators a later round no longer finds are removed; orchestrators this cluster runs are never
/// relisted as remote. Runs only on silos with sources configured and a gateway signer.
/// </summary>
public sealed partial class RemoteOrchestratorDiscovery(
    IServiceProvider services,
    IOptions<RemoteDiscoveryOptions> options,
    IGrainFactory grains,
    ILogger<RemoteOrchestratorDiscovery> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, HashSet<EthAddress>> _listed = new(StringComparer.Ordinal);
    private Task _loop = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(RemoteOrchestratorDiscovery), ServiceLifecycleStage.Active, Start, Stop);
    }

    /// <summary>One discovery round now: read the sources, probe them, update the directories. Returns what answered.</summary>
    public async Task<IReadOnlyList<DiscoveredOrchestrator>> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var sources = services.GetRequiredService<DiscoverySources>();
        var uris = await sources.ReadAsync(cancellationToken);
        var found = await ProbeAllAsync(uris, cancellationToken);
        await UpdateDirectoriesAsync(found);
        LogRound(uris.Count, found.Count);
        return found;
    }

    private Task Start(CancellationToken cancellationToken)
    {
        if (!options.Value.HasSources)
        {
            return Task.CompletedTask;
        }
        if (services.GetService<Signing.ITicketSigner>() is null)
        {
            LogNoSigner();
            return Task.CompletedTask;
        }
        _loop = Task.Run(LoopAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task Stop(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task LoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(_stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                LogRoundFailed(e);
            }
            try
            {
                await Task.Delay(options.Value.RefreshInterval, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<IReadOnlyList<DiscoveredOrchestrator>> ProbeAllAsync(IReadOnlyList<Uri> uris, CancellationToken cancellationToken)
    {
        if (uris.Count == 0)
        {
            return [];
        }
        var transport = services.GetRequiredService<RemoteOrchestratorTransport>();
        var clients = services.GetRequiredService<RemoteOrchestratorClients>();
        var o = options.Value;
        using var round = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cap = Task.Delay(o.DiscoveryTimeoutCap, round.Token);
        var pending = uris.Select(uri => ProbeOneAsync(transport, clients, uri, round.Token)).ToList();
        var found = new List<DiscoveredOrchestrator>();
        var wait = o.DiscoveryTimeout;
        var timer = Task.Delay(wait, round.Token);
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny([.. pending, timer, cap]);
            if (done == cap)
            {
                break;
            }
            if (done == timer)
            {
                if (found.Count > 0)
                {
                    break;
                }
                wait = wait * 2 < o.DiscoveryTimeoutCap ? wait * 2 : o.DiscoveryTimeoutCap;
                timer = Task.Delay(wait, round.Token);
                continue;
            }
            var probe = (Task<DiscoveredOrchestrator?>)done;
            pending.Remove(probe);
            if (await probe is { } orchestrator)
            {
                found.Add(orchestrator);
            }
        }
        await round.CancelAsync();
        // Sorted by GetOrchestrator latency, as go-livepeer orders a round's results.
        return [.. found.OrderBy(f => f.Latency)];
    }

    private async Task<DiscoveredOrchestrator?> ProbeOneAsync(RemoteOrchestratorTransport transport, RemoteOrchestratorClients clients, Uri uri, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var (info, error) = await transport.ProbeAsync(uri, RemoteOrchestratorTransport.JobCapabilities(null, null), clients.Options.GrpcCallTimeout, cancellationToken);
            if (info is null)
            {
                LogProbeFailed(uri.ToString(), error!);
                return null;
            }
            if (OrchestratorInfoMapping.TryToQuote(info, null, out var quote) is { } problem)
            {
                LogProbeFailed(uri.ToString(), problem);
                return null;
            }
            var listing = new OrchestratorListing(quote!.Orchestrator, uri.ToString().TrimEnd('/'), InCluster: false, quote.Capabilities, Prices(info));
            return new DiscoveredOrchestrator(uri, listing, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            LogProbeFailed(uri.ToString(), e.Message);
            return null;
        }
    }

    /// <summary>The prices an OrchestratorInfo states for every sender: its price_info (transcoding) and capabilities_prices.</summary>
    internal static IReadOnlyList<PriceEntry> Prices(OrchestratorInfo info)
    {
        var prices = new List<PriceEntry> { new(null, null, null, info.PriceInfo.PricePerUnit, info.PriceInfo.PixelsPerUnit) };
        foreach (var price in info.CapabilitiesPrices)
        {
            if (price.PixelsPerUnit > 0 && price.PricePerUnit >= 0 && price.Capability > 0)
            {
                prices.Add(new PriceEntry(null, price.Capability, price.Constraint.Length == 0 ? null : price.Constraint, price.PricePerUnit, price.PixelsPerUnit));
            }
        }
        return [.. prices.DistinctBy(p => (p.Capability, p.Model))];
    }

    private async Task UpdateDirectoriesAsync(IReadOnlyList<DiscoveredOrchestrator> found)
    {
        var wanted = new Dictionary<string, List<OrchestratorListing>>(StringComparer.Ordinal);
        foreach (var orchestrator in found)
        {
            foreach (var key in DirectoryKeys(orchestrator.Listing))
            {
                (wanted.TryGetValue(key, out var list) ? list : wanted[key] = []).Add(orchestrator.Listing);
            }
        }
        foreach (var key in wanted.Keys.Union(_listed.Keys).ToList())
        {
            var directory = grains.GetGrain<IOrchestratorDirectoryGrain>(key);
            var ours = (await directory.GetSnapshot()).Entries.Where(e => e.Listing.InCluster).Select(e => e.Listing.Orchestrator).ToHashSet();
            var listed = _listed.TryGetValue(key, out var previous) ? previous : _listed[key] = [];
            var now = new HashSet<EthAddress>();
            foreach (var listing in wanted.GetValueOrDefault(key) ?? [])
            {
                if (ours.Contains(listing.Orchestrator))
                {
                    continue;
                }
                await directory.Register(listing);
                now.Add(listing.Orchestrator);
            }
            foreach (var gone in listed.Except(now).Where(a => !ours.Contains(a)))
            {
                await directory.Unregister(gone);
                LogRemoved(key, gone.ToString());
            }
            _listed[key] = now;
        }
    }

    private static IEnumerable<string> DirectoryKeys(OrchestratorListing listing) =>
        new[] { IOrchestratorDirectoryGrain.DefaultKey }.Concat(listing.Capabilities.Select(c => c.Capability.ToString(CultureInfo.InvariantCulture))).Distinct(StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discovery round: {Sources} orchestrator URIs, {Answered} answered")]
    private partial void LogRound(int sources, int answered);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discovery: {Orchestrator} did not answer usefully: {Reason}")]
    private partial void LogProbeFailed(string orchestrator, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discovery: {Orchestrator} no longer found, removed from directory {Directory}")]
    private partial void LogRemoved(string directory, string orchestrator);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discovery round failed")]
    private partial void LogRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discovery sources are configured but this silo has no gateway key to sign GetOrchestrator with; discovery is off")]
    private partial void LogNoSigner();
}
