using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Offchain;
using Livepeer.Grains.Abstractions.Ai;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Sessions;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Livepeer.Grains.Ai;

/// <summary>
/// The gateway's side of AI jobs. Per job: the capability's directory snapshot (cached briefly) gives the
/// candidates; <see cref="ProbabilitySelection"/> picks by capability, model, max price and
/// suspensions; the job is paid through one of a few <see cref="IOrchestratorSessionGrain"/>s per
/// orchestrator and model and run there (through grains for this cluster's orchestrators, over the wire for remote ones). A failed attempt suspends the orchestrator and moves to another,
/// while attempts remain and the retry window is open (gateway-api.md §3.2); bad input ends the job at once.
/// Offchain (no chain, no tickets) the work runs unpaid through the in-cluster work runner, as go-livepeer's
/// offchain gateway sends work without payment.
/// </summary>
[StatelessWorker]
[Reentrant]
[GrainType("livepeer.aijob")]
public sealed partial class AiJobGrain(
    ILivepeerChain chain,
    IWorkRunner workRunner,
    IOptions<SelectionOptions> selectionOptions,
    IOptions<AiOptions> options,
    TimeProvider clock,
    ILogger<AiJobGrain> logger) : Grain, IAiJobGrain
{
    private readonly Dictionary<int, (DirectorySnapshot Snapshot, DateTimeOffset ReadAt)> _snapshots = [];
    private readonly HashSet<string> _openSessions = new(StringComparer.Ordinal);
    private readonly Random _random = new();
    private ProbabilitySelection? _selection;
    private DateTimeOffset _lastRefresh;
    private long _nextSlot;

    private bool Offchain => chain is OffchainChain;

    public async Task<AiJobResult> Run(AiJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var started = Stopwatch.GetTimestamp();
        var result = await RunJob(job);
        var outcome = result.Status.ToString();
        AiMetrics.JobFinished(job.Pipeline, outcome, Stopwatch.GetElapsedTime(started));
        LogFinished(job.RequestId, job.Pipeline, job.ModelId.Length == 0 ? "(default)" : job.ModelId, outcome, result.Orchestrator?.ToString() ?? "-", result.Attempts, result.Error ?? "");
        return result;
    }

    private async Task<AiJobResult> RunJob(AiJob job)
    {
        if (!AiPipelines.TryGet(job.Pipeline, out var pipeline))
        {
            return AiJobResult.Refused(AiJobStatus.BadInput, $"'{job.Pipeline}' is not a batch AI pipeline");
        }
        var wanted = new CapabilityModel(pipeline.Capability, job.ModelId);
        var snapshot = await SnapshotAsync(pipeline.Capability);
        // Paid work reaches remote orchestrators too (the transport routes by service URI); unpaid offchain work
        // runs through this cluster's own work runner, so only its own orchestrators can take it.
        var candidates = snapshot.Entries.Where(e => !Offchain || e.Listing.InCluster).Select(DirectoryCandidates.ToCandidate).ToList();
        var suspender = snapshot.ToSuspender();
        var request = SelectionRequest.For(wanted, onChain: !Offchain);
        _selection ??= new ProbabilitySelection(selectionOptions.Value);
        var attempts = new JobAttempts(_selection.MaxAttempts);
        var deadline = clock.GetUtcNow() + options.Value.RetryWindow;
        string? lastError = null;
        while (attempts.CanAttempt && (attempts.Attempts == 0 || clock.GetUtcNow() <= deadline))
        {
            var selected = attempts.Next(_selection, candidates, request, _random, suspender);
            LivepeerMetrics.RecordSelection(selected);
            if (!selected.Succeeded)
            {
                return attempts.Attempts == 0
                    ? NothingOffered(wanted, candidates, selected.Error)
                    : AiJobResult.Refused(AiJobStatus.Failed, Failure(attempts, wanted, lastError), attempts.Attempts);
            }
            var orchestrator = selected.Selected.Address;
            var attemptStarted = Stopwatch.GetTimestamp();
            var serviceUri = selected.Selected.ServiceUri.Scheme == DirectoryCandidates.InClusterScheme ? "" : selected.Selected.ServiceUri.ToString();
            var attempt = Offchain ? await RunUnpaid(job, pipeline, orchestrator) : await RunPaid(job, pipeline, wanted, orchestrator, serviceUri);
            var took = Stopwatch.GetElapsedTime(attemptStarted);
            if (attempt.Status == AiJobStatus.Completed)
            {
                await Directory(pipeline.Capability).ReportSuccess(orchestrator, took, LatencyScore(pipeline, took, job.Units));
                LivepeerMetrics.RecordSelectionReport(orchestrator, succeeded: true);
                return attempt with { Attempts = attempts.Attempts };
            }
            if (attempt.Status == AiJobStatus.BadInput)
            {
                return attempt with { Attempts = attempts.Attempts };
            }
            lastError = attempt.Error;
            attempts.RecordFailure(orchestrator);
            AiMetrics.AttemptFailed(pipeline.Name);
            LogAttemptFailed(job.RequestId, pipeline.Name, orchestrator.ToString(), lastError ?? "");
            await Directory(pipeline.Capability).ReportFailure(orchestrator, lastError ?? "failed");
            LivepeerMetrics.RecordSelectionReport(orchestrator, succeeded: false);
        }
        return AiJobResult.Refused(AiJobStatus.Failed, Failure(attempts, wanted, lastError), attempts.Attempts);
    }

    /// <param name="serviceUri">the orchestrator's service URI for the remote transport; "" for one of this cluster</param>
    private async Task<AiJobResult> RunPaid(AiJob job, AiPipeline pipeline, CapabilityModel wanted, EthAddress orchestrator, string serviceUri)
    {
        long slot = _nextSlot++ % options.Value.SessionsPerOrchestrator;
        var key = string.Create(CultureInfo.InvariantCulture,
            $"ai/{orchestrator.ToLowerHex()}/{wanted.CapabilityId}/{(wanted.IsPipelineDefault ? "*" : wanted.ModelId)}/{slot}");
        var session = GrainFactory.GetGrain<IOrchestratorSessionGrain>(key);
        if (!_openSessions.Contains(key))
        {
            var opened = await session.Open(new SessionOpenRequest(orchestrator, serviceUri, (uint)wanted.CapabilityId, wanted.IsPipelineDefault ? null : wanted.ModelId));
            if (!opened.Succeeded)
            {
                return AiJobResult.Refused(AiJobStatus.Failed, $"orchestrator {orchestrator} would not open a session: {opened.Error}");
            }
            _openSessions.Add(key);
        }
        var paid = await session.PayAndCall(new WorkOrder(WorkKind.AiUnits, job.Units, new WorkPayload(pipeline.JobName, job.Body, job.Parameters)));
        return paid.Status switch
        {
            PaidCallStatus.Completed => new AiJobResult(AiJobStatus.Completed, null, paid.Output, orchestrator, paid.ChargedUnits,
                new BigRational(paid.ChargedUnits) * (paid.Fee.Sign == 0 || job.Units.IsZero ? BigRational.Zero : paid.Fee / new BigRational(job.Units)), 0, true),
            PaidCallStatus.Rejected when paid.BadInput => AiJobResult.Refused(AiJobStatus.BadInput, paid.Error ?? "the orchestrator refused the input"),
            _ => AiJobResult.Refused(AiJobStatus.Failed, $"orchestrator {orchestrator}: {paid.Error ?? paid.Status.ToString()}"),
        };
    }

    private async Task<AiJobResult> RunUnpaid(AiJob job, AiPipeline pipeline, EthAddress orchestrator)
    {
        try
        {
            var output = await workRunner.RunAsync(orchestrator, new WorkOrder(WorkKind.AiUnits, job.Units, new WorkPayload(pipeline.JobName, job.Body, job.Parameters)));
            return new AiJobResult(AiJobStatus.Completed, null, output, orchestrator, output.Units, BigRational.Zero, 0, false);
        }
        catch (WorkRejectedException e) when (e.IsBadInput)
        {
            return AiJobResult.Refused(AiJobStatus.BadInput, e.Message);
        }
        catch (Exception e) when (e is WorkRejectedException or OrleansException or TimeoutException)
        {
            return AiJobResult.Refused(AiJobStatus.Failed, $"orchestrator {orchestrator}: {e.Message}");
        }
    }

    /// <summary>
    /// Nobody could be selected on the first try: an unknown model when the pipeline is offered but not the
    /// model asked for (a 400 the client can fix), else nobody offers the pipeline (a 503).
    /// </summary>
    private static AiJobResult NothingOffered(CapabilityModel wanted, List<OrchestratorCandidate> candidates, string? error)
    {
        if (!wanted.IsPipelineDefault && !candidates.Any(c => c.Offers(wanted, false, out _)))
        {
            var models = candidates
                .SelectMany(c => c.Capabilities.TryGetValue(wanted.CapabilityId, out var served) ? served.Keys : [])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (models.Count > 0)
            {
                return AiJobResult.Refused(AiJobStatus.UnknownModel,
                    $"unknown model '{wanted.ModelId}': no orchestrator offers {wanted}; {Capability.Name(wanted.CapabilityId)} models offered: {string.Join(", ", models)}");
            }
        }
        return AiJobResult.Refused(AiJobStatus.NoOrchestrator, error ?? $"no orchestrator offers {wanted}");
    }

    private static string Failure(JobAttempts attempts, CapabilityModel wanted, string? lastError) =>
        lastError is null ? attempts.GaveUpMessage(wanted) : $"{attempts.GaveUpMessage(wanted)}; last error: {lastError}";

    private async Task<DirectorySnapshot> SnapshotAsync(int capability)
    {
        var now = clock.GetUtcNow();
        if (_snapshots.TryGetValue(capability, out var cached) && now - cached.ReadAt < options.Value.DirectoryCacheTime)
        {
            return cached.Snapshot;
        }
        var directory = Directory(capability);
        if (_lastRefresh == default)
        {
            _lastRefresh = now;
        }
        else if (now - _lastRefresh >= options.Value.RefreshInterval)
        {
            _lastRefresh = now;
            await directory.SignalRefresh();
        }
        var snapshot = await directory.GetSnapshot();
        _snapshots[capability] = (snapshot, now);
        return snapshot;
    }

    private IOrchestratorDirectoryGrain Directory(int capability) =>
        GrainFactory.GetGrain<IOrchestratorDirectoryGrain>(capability.ToString(CultureInfo.InvariantCulture));

    /// <summary>gateway-api.md §4.5: seconds per unit of work where the unit is the pipeline's natural one; 0 (unscored) otherwise.</summary>
    private static double LatencyScore(AiPipeline pipeline, TimeSpan took, BigInteger units) => pipeline.Name switch
    {
        "image-to-text" or "upscale" or "segment-anything-2" when units.Sign > 0 => LatencyScores.ImageToText(took, (long)units),
        "audio-to-text" when units >= 1000 => LatencyScores.AudioToText(took, (long)(units / 1000)),
        "llm" when units.Sign > 0 => LatencyScores.Llm(took, (long)units),
        _ => 0,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "AI job {RequestId} {Pipeline}/{Model}: {Outcome} by {Orchestrator} after {Attempts} attempt(s) {Error}")]
    private partial void LogFinished(string requestId, string pipeline, string model, string outcome, string orchestrator, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {RequestId} {Pipeline}: attempt on {Orchestrator} failed, trying another: {Error}")]
    private partial void LogAttemptFailed(string requestId, string pipeline, string orchestrator, string error);
}
