using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Orchestrators;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Directory;

/// <summary>
/// Known orchestrators for one directory key. Registrations and suspensions are stored; latency and
/// success counts are soft state, written only along with those, since they are refreshed by every
/// call a gateway makes.
/// </summary>
[GrainType("livepeer.orchestratordirectory")]
public sealed partial class OrchestratorDirectoryGrain(
    [PersistentState("directory")] IPersistentState<OrchestratorDirectoryState> state,
    IOptions<OrchestratorDirectoryOptions> options,
    TimeProvider clock,
    ILogger<OrchestratorDirectoryGrain> logger) : Grain, IOrchestratorDirectoryGrain
{
    public async Task Register(OrchestratorListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Orchestrator.IsZero)
        {
            throw new ArgumentException("an orchestrator listing needs a non-zero address", nameof(listing));
        }
        var entry = Entry(listing.Orchestrator);
        entry.Registered = true;
        entry.ServiceUri = listing.ServiceUri;
        entry.InCluster = listing.InCluster;
        entry.Capabilities = [.. listing.Capabilities.Select(CapabilityState.From)];
        await state.WriteStateAsync();
        LogRegistered(this.GetPrimaryKeyString(), listing.Orchestrator.ToString(), listing.InCluster);
    }

    public async Task Unregister(EthAddress orchestrator)
    {
        if (state.State.Entries.Remove(StateText.Of(orchestrator)))
        {
            await state.WriteStateAsync();
        }
    }

    public Task ReportSuccess(EthAddress orchestrator, TimeSpan latency)
    {
        if (Known(orchestrator) is not { } entry)
        {
            return Task.CompletedTask;
        }
        double sample = latency.TotalMilliseconds;
        double weight = options.Value.LatencySmoothing;
        entry.LatencyMs = entry.LatencyMs is { } previous ? previous + (weight * (sample - previous)) : sample;
        entry.Successes++;
        entry.ConsecutiveFailures = 0;
        entry.LastError = null;
        if (entry.SuspendedUntil is null)
        {
            return Task.CompletedTask;
        }
        entry.SuspendedUntil = null;
        return state.WriteStateAsync();
    }

    public Task ReportFailure(EthAddress orchestrator, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (Known(orchestrator) is not { } entry)
        {
            return Task.CompletedTask;
        }
        entry.Failures++;
        entry.ConsecutiveFailures++;
        entry.LastError = reason;
        var settings = options.Value;
        if (entry.ConsecutiveFailures < settings.FailuresBeforeSuspension)
        {
            return Task.CompletedTask;
        }
        entry.ConsecutiveFailures = 0;
        entry.SuspendedUntil = clock.GetUtcNow() + settings.SuspensionDuration;
        LogSuspended(this.GetPrimaryKeyString(), orchestrator.ToString(), entry.SuspendedUntil.Value, reason);
        return state.WriteStateAsync();
    }

    public Task<DirectorySnapshot> GetSnapshot()
    {
        var entries = new List<DirectoryEntry>();
        var statics = StaticListings();
        foreach (var (address, listing) in statics)
        {
            state.State.Entries.TryGetValue(address, out var observed);
            entries.Add(View(listing, isStatic: true, observed));
        }
        foreach (var (address, entry) in state.State.Entries)
        {
            if (entry.Registered && !statics.ContainsKey(address))
            {
                var listing = new OrchestratorListing(
                    StateText.Address(address), entry.ServiceUri, entry.InCluster, [.. entry.Capabilities.Select(c => c.ToCapability())]);
                entries.Add(View(listing, isStatic: false, entry));
            }
        }
        return Task.FromResult(new DirectorySnapshot(entries, clock.GetUtcNow()));
    }

    private DirectoryEntryState Entry(EthAddress orchestrator)
    {
        var key = StateText.Of(orchestrator);
        if (!state.State.Entries.TryGetValue(key, out var entry))
        {
            entry = new DirectoryEntryState();
            state.State.Entries.Add(key, entry);
        }
        return entry;
    }

    /// <summary>The entry of a registered or static orchestrator; null for one this directory does not know.</summary>
    private DirectoryEntryState? Known(EthAddress orchestrator)
    {
        var key = StateText.Of(orchestrator);
        if (state.State.Entries.TryGetValue(key, out var entry))
        {
            return entry;
        }
        return StaticListings().ContainsKey(key) ? Entry(orchestrator) : null;
    }

    private Dictionary<string, OrchestratorListing> StaticListings()
    {
        var key = this.GetPrimaryKeyString();
        var listings = new Dictionary<string, OrchestratorListing>();
        foreach (var o in options.Value.Orchestrators)
        {
            if (o.Directories.Contains(key))
            {
                var address = EthAddress.Parse(o.Address);
                listings[StateText.Of(address)] = new OrchestratorListing(address, o.ServiceUri, InCluster: false, []);
            }
        }
        return listings;
    }

    private static DirectoryEntry View(OrchestratorListing listing, bool isStatic, DirectoryEntryState? observed) => new(
        listing,
        isStatic,
        observed?.LatencyMs,
        observed?.Successes ?? 0,
        observed?.Failures ?? 0,
        observed?.ConsecutiveFailures ?? 0,
        observed?.LastError,
        observed?.SuspendedUntil);

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory {Directory}: {Orchestrator} registered (in-cluster {InCluster})")]
    private partial void LogRegistered(string directory, string orchestrator, bool inCluster);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory {Directory}: {Orchestrator} suspended until {Until}: {Reason}")]
    private partial void LogSuspended(string directory, string orchestrator, DateTimeOffset until, string reason);
}
