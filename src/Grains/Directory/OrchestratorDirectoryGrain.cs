using System.Globalization;
using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Offchain;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Orchestrators;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Selection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Directory;

/// <summary>
/// Known orchestrators for one directory key. Registrations and suspensions are stored; latency and
/// success counts are soft state, written only along with those, since every call a gateway makes
/// refreshes them. Suspensions follow go-livepeer's suspender (<see cref="Suspender"/>), counted in the
/// pool refreshes callers signal, with the penalty of this directory's kind of work.
/// </summary>
[GrainType("livepeer.orchestratordirectory")]
public sealed partial class OrchestratorDirectoryGrain(
    [PersistentState("directory")] IPersistentState<OrchestratorDirectoryState> state,
    ILivepeerChain chain,
    IOptions<OrchestratorDirectoryOptions> options,
    IOptions<SelectionOptions> selection,
    TimeProvider clock,
    ILogger<OrchestratorDirectoryGrain> logger) : Grain, IOrchestratorDirectoryGrain
{
    private Suspender _suspender = null!;
    private JobKind _kind;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        _kind = key == IOrchestratorDirectoryGrain.DefaultKey
            ? JobKind.Transcoding
            : int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int capability)
                ? Capability.KindOf(capability)
                : throw new ArgumentException($"a directory is keyed by \"{IOrchestratorDirectoryGrain.DefaultKey}\" or a capability id, got '{key}'");
        _suspender = new Suspender(new SuspenderState(state.State.RefreshCount, state.State.SuspendedThrough));
        return Task.CompletedTask;
    }

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
        entry.Prices = [.. listing.Prices.Select(PriceEntryState.From)];
        try
        {
            entry.Stake = StateText.Of(await chain.GetTranscoderTotalStakeAsync(listing.Orchestrator));
        }
        catch (ChainUnavailableException e)
        {
            // Stake only weights selection; the last known value (or 0) will do until the next registration.
            LogStakeUnavailable(this.GetPrimaryKeyString(), listing.Orchestrator.ToString(), e.Message);
        }
        catch (OffchainModeException)
        {
            // Without a chain nobody has stake; the listing itself is what an offchain node needs.
            entry.Stake = StateText.Of(BigInteger.Zero);
        }
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

    public Task ReportSuccess(EthAddress orchestrator, TimeSpan latency, double latencyScore)
    {
        if (!double.IsFinite(latencyScore) || latencyScore < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(latencyScore), latencyScore, "a latency score must be a finite number, 0 or more");
        }
        if (Known(orchestrator) is { } entry)
        {
            double sample = latency.TotalMilliseconds;
            entry.LatencyMs = entry.LatencyMs is { } previous ? previous + (options.Value.LatencySmoothing * (sample - previous)) : sample;
            if (latencyScore > 0)
            {
                entry.LatencyScore = latencyScore;
            }
            entry.Successes++;
            entry.LastError = null;
            LivepeerMetrics.RecordSelectionReport(orchestrator, succeeded: true);
        }
        return Task.CompletedTask;
    }

    public async Task ReportFailure(EthAddress orchestrator, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (Known(orchestrator) is not { } entry)
        {
            return;
        }
        entry.Failures++;
        entry.LastError = reason;
        LivepeerMetrics.RecordSelectionReport(orchestrator, succeeded: false);
        int penalty = selection.Value.PenaltyFor(_kind, state.State.Entries.Count, options.Value.OrchestratorsPerRefresh);
        _suspender.Suspend(orchestrator, penalty);
        SaveSuspensions();
        await state.WriteStateAsync();
        LogSuspended(this.GetPrimaryKeyString(), orchestrator.ToString(), penalty, reason);
    }

    public async Task SignalRefresh()
    {
        _suspender.SignalRefresh();
        SaveSuspensions();
        await state.WriteStateAsync();
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
                    StateText.Address(address),
                    entry.ServiceUri,
                    entry.InCluster,
                    [.. entry.Capabilities.Select(c => c.ToCapability())],
                    [.. entry.Prices.Select(p => p.ToPriceEntry())]);
                entries.Add(View(listing, isStatic: false, entry));
            }
        }
        var suspensions = _suspender.ToState();
        return Task.FromResult(new DirectorySnapshot(
            entries, suspensions.RefreshCount, new Dictionary<string, long>(suspensions.SuspendedThrough), clock.GetUtcNow()));
    }

    private void SaveSuspensions()
    {
        var suspensions = _suspender.ToState();
        state.State.RefreshCount = suspensions.RefreshCount;
        state.State.SuspendedThrough = new Dictionary<string, long>(suspensions.SuspendedThrough);
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
                listings[StateText.Of(address)] = new OrchestratorListing(address, o.ServiceUri, InCluster: false, [], []);
            }
        }
        return listings;
    }

    private DirectoryEntry View(OrchestratorListing listing, bool isStatic, DirectoryEntryState? observed) => new(
        listing,
        isStatic,
        StateText.BigInt(observed?.Stake),
        observed?.LatencyMs,
        observed?.LatencyScore ?? 0,
        observed?.Successes ?? 0,
        observed?.Failures ?? 0,
        observed?.LastError,
        _suspender.SuspendedThrough(listing.Orchestrator));

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory {Directory}: {Orchestrator} registered (in-cluster {InCluster})")]
    private partial void LogRegistered(string directory, string orchestrator, bool inCluster);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory {Directory}: stake of {Orchestrator} unknown, chain unavailable: {Reason}")]
    private partial void LogStakeUnavailable(string directory, string orchestrator, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory {Directory}: {Orchestrator} suspended for {Penalty} refreshes: {Reason}")]
    private partial void LogSuspended(string directory, string orchestrator, int penalty, string reason);
}
