using System.Diagnostics;
using System.Globalization;
using Livepeer.AzureStorage.Blobs;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Offchain;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Grains.Placement;
using Livepeer.Grains.Sessions;
using Livepeer.Grains.Signing;
using Livepeer.Media.Transcoding;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Selection;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Video;

/// <summary>
/// A pushed stream (key: manifest ID; gateway-api.md §2, §4.3–4.6). Per segment: store the source, pick an
/// orchestrator from the transcoding directory (max price, suspensions, trust pools), pay it through the
/// stream's session with it (one <see cref="IOrchestratorSessionGrain"/> per stream and orchestrator) and have
/// it transcode; up to MaxAttempts orchestrators, each failure suspending the one that failed. With
/// verificationFreq a trusted orchestrator transcodes the same segment and the renditions are compared.
/// Renditions go to the media store and into the live windows, which are stored with the stream.
/// Without a gateway signer (an offchain node) segments go to the in-cluster orchestrators unpaid, as a
/// go-livepeer offchain gateway sends them with an empty payment.
/// </summary>
[GrainType("livepeer.stream")]
public sealed partial class StreamGrain(
    [PersistentState("stream")] IPersistentState<StreamState> state,
    IMediaStore media,
    IWorkRunner runner,
    GpuSiloMonitor gpus,
    ILivepeerChain chain,
    IServiceProvider services,
    IOptions<StreamOptions> options,
    IOptions<SelectionOptions> selectionOptions,
    TimeProvider clock,
    ILogger<StreamGrain> logger) : Grain, IStreamGrain
{
    private readonly HashSet<EthAddress> _openSessions = [];
    private readonly HashSet<EthAddress> _verified = [];
    private DirectorySnapshot? _snapshot;
    private DateTimeOffset _snapshotAt;
    private DateTimeOffset _lastActivity;
    private Task _storing = Task.CompletedTask;
    private bool _paid;
    private bool _refreshed;

    private string ManifestId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _paid = services.GetService<ITicketSigner>() is not null && chain is not OffchainChain;
        _lastActivity = state.State.LastPushAt;
        var idle = options.Value.IdleTimeout;
        var period = TimeSpan.FromTicks(Math.Clamp(idle.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(15).Ticks));
        this.RegisterGrainTimer(CheckIdleAsync, new GrainTimerCreationOptions(period, period) { Interleave = false, KeepAlive = false });
        return Task.CompletedTask;
    }

    public async Task<SegmentResult> ProcessSegment(SegmentPush push)
    {
        ArgumentNullException.ThrowIfNull(push);
        using var span = PushTracing.Start(PushTracing.StreamProcess);
        var started = Stopwatch.GetTimestamp();
        _lastActivity = clock.GetUtcNow();
        using (PushTracing.Start(PushTracing.StreamBegin))
        {
            await BeginSessionIfNeededAsync();
        }
        Configure(push);

        var sourcePath = StreamMedia.SegmentPath(ManifestId, RenditionProfile.SourceName, push.Sequence, push.Format);
        var sourceUpload = Upload(sourcePath, push.Data, push.Format);
        SegmentResult result;
        try
        {
            result = !push.HasVideo ? PassThrough(push, sourceUpload)
                : push.Renditions.Count == 0 ? ViewOnly(push, sourceUpload)
                : await TranscodeAsync(push, sourceUpload);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSegmentFailed(e, ManifestId, push.Sequence);
            result = SegmentResult.Failure(SegmentStatus.Failed, $"segment {push.Sequence} of stream {ManifestId} failed: {e.Message}");
        }
        if (!result.Succeeded)
        {
            await ForgetSourceAsync(sourceUpload, sourcePath);
        }
        _lastActivity = clock.GetUtcNow();
        var status = result.Status.ToString();
        LivepeerMetrics.RecordSegment(result.Status switch
        {
            SegmentStatus.Transcoded or SegmentStatus.ViewOnly or SegmentStatus.PassedThrough => SegmentResults.Ok,
            SegmentStatus.BadInput => SegmentResults.Rejected,
            SegmentStatus.NoSessions => SegmentResults.NoOrchestrator,
            _ => SegmentResults.Failed,
        });
        VideoMetrics.SegmentTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("status", status));
        return result;
    }

    public async Task<StreamView> GetView()
    {
        await _storing;
        var s = state.State;
        if (!s.Started || s.Playlists.Count == 0)
        {
            // Nothing playable yet (the first segment may be on its way): as if there were no stream.
            return StreamView.None;
        }
        var format = s.Format == "mp4" ? SegmentFormat.Mp4 : SegmentFormat.MpegTs;
        var profiles = JsonProfiles.Parse(s.Profiles);
        var variants = new List<HlsVariantView>();
        var windows = new Dictionary<string, PlaylistWindow>(StringComparer.Ordinal);
        if (s.Playlists.TryGetValue(RenditionProfile.SourceName, out var source))
        {
            variants.Add(new HlsVariantView(RenditionProfile.SourceName, HlsPlaylists.SourceBandwidth, s.SourceWidth, s.SourceHeight));
        }
        foreach (var profile in profiles)
        {
            // Only renditions with a segment stored: a listed variant must have a playlist to play.
            if (s.Playlists.TryGetValue(profile.Name, out var playlist))
            {
                variants.Add(new HlsVariantView(profile.Name, profile.BitrateBps, playlist.Width > 0 ? playlist.Width : profile.Width, playlist.Height > 0 ? playlist.Height : profile.Height));
            }
        }
        foreach (var (name, playlist) in s.Playlists)
        {
            windows[name] = new PlaylistWindow(
                playlist.Appended - playlist.Entries.Count,
                [.. playlist.Entries.Select(e => new WindowSegment(e.Sequence, TimeSpan.FromMilliseconds(e.DurationMs), format))]);
        }
        return new StreamView(true, s.Ended, variants, windows);
    }

    private SegmentResult PassThrough(SegmentPush push, Task sourceUpload)
    {
        // No video: every rendition slot gets the segment as it is, no orchestrator involved (gateway-api.md §2.6).
        var copies = push.Renditions.Select(p => new RenditionSegment(p.Name, push.Data, 0, 0)).ToList();
        QueueStore(push, sourceUpload, copies, push.Duration);
        return new SegmentResult(SegmentStatus.PassedThrough, null, copies);
    }

    private SegmentResult ViewOnly(SegmentPush push, Task sourceUpload)
    {
        QueueStore(push, sourceUpload, [], push.Duration);
        return new SegmentResult(SegmentStatus.ViewOnly, null, []);
    }

    private async Task<SegmentResult> TranscodeAsync(SegmentPush push, Task sourceUpload)
    {
        var selecting = PushTracing.Start(PushTracing.StreamSelect);
        var snapshot = await SnapshotAsync();
        if (snapshot.Entries.Count > 0 && snapshot.Entries.All(e => e.Listing.InCluster) && !gpus.AnyGpuSilo())
        {
            selecting?.Dispose();
            return SegmentResult.Failure(SegmentStatus.NoSessions, "No sessions available: no GPU silo is up to transcode (a silo with Silo:Gpu=true must be running)");
        }
        var trusted = options.Value.Trusted();
        // Unpaid work can only go to this cluster's own orchestrators: a remote one would need a payment.
        var entries = _paid ? snapshot.Entries : [.. snapshot.Entries.Where(e => e.Listing.InCluster)];
        var candidates = entries.Select(DirectoryCandidates.ToCandidate).Select(c => c with { TrustScore = trusted.Contains(c.Address) ? 1.0 : 0.0 }).ToList();
        var selection = new ProbabilitySelection(selectionOptions.Value);
        var request = SelectionRequest.For(CapabilityModel.Transcoding, onChain: _paid);
        var suspender = snapshot.ToSuspender();

        bool verification = push.VerificationFreq > 0;
        if (verification && (!candidates.Any(c => c.IsTrusted) || !candidates.Any(c => !c.IsTrusted)))
        {
            // Verification needs both pools; with only one there is nobody to check or nobody to check against.
            LogVerificationUnavailable(ManifestId, candidates.Count(c => c.IsTrusted), candidates.Count(c => !c.IsTrusted));
            verification = false;
        }
        var primary = verification ? request with { Pool = TrustPool.Untrusted } : request;

        var timeout = SegmentTimeout(push);
        var parameters = new TranscodeJobParameters(ManifestId, push.Format, timeout, push.Renditions, push.Sequence, push.Duration, push.TimeoutMultiplier);
        var order = new WorkOrder(
            WorkKind.Video,
            TranscodingFee.EstimateOutputPixels(push.Renditions.Select(p => p.ToWire(push.Format)), push.Duration.TotalSeconds),
            new WorkPayload(TranscodeJobParameters.Job, push.Data, parameters.ToJson()));

        selecting?.Dispose();
        var attempts = new JobAttempts(selection.MaxAttempts);
        var errors = new List<string>();
        Task<AttemptOutcome>? trustedRun = null;
        while (attempts.CanAttempt)
        {
            var pick = attempts.Next(selection, candidates, primary, Random.Shared, suspender);
            LivepeerMetrics.RecordSelection(pick);
            if (!pick.Succeeded)
            {
                if (attempts.Attempts == 0)
                {
                    return SegmentResult.Failure(SegmentStatus.NoSessions, $"No sessions available: {pick.Error}");
                }
                break;
            }
            if (pick.Filter.SuspendedFallback)
            {
                await SignalRefreshAsync();
            }
            var orchestrator = pick.Selected;
            bool verify = verification && (!_verified.Contains(orchestrator.Address) || Random.Shared.NextDouble() < 1.0 / push.VerificationFreq);
            if (verify && trustedRun is null)
            {
                trustedRun = RunTrustedAsync(selection, candidates, request, suspender, order, push);
            }
            AttemptOutcome outcome;
            using (PushTracing.Start(PushTracing.StreamAttempt))
            {
                outcome = await RunAsync(orchestrator, order, push.Renditions);
            }
            if (outcome.BadInput)
            {
                LogBadInput(ManifestId, push.Sequence, orchestrator.Address.ToString(), outcome.Error!);
                return SegmentResult.Failure(SegmentStatus.BadInput, outcome.Error!);
            }
            if (!outcome.Succeeded)
            {
                await FailAsync(attempts, orchestrator.Address, outcome.Error!, errors, push.Sequence);
                continue;
            }
            if (verify)
            {
                var reference = await trustedRun!;
                if (reference.Succeeded)
                {
                    var mismatch = await MismatchAsync(outcome.Segment!, reference.Segment!, push.Format);
                    VideoMetrics.Verifications.Add(1, new KeyValuePair<string, object?>("result", mismatch is null ? "match" : "mismatch"));
                    if (mismatch is not null)
                    {
                        await FailAsync(attempts, orchestrator.Address, $"verification failed: {mismatch}", errors, push.Sequence);
                        continue;
                    }
                    _verified.Add(orchestrator.Address);
                }
                else
                {
                    LogTrustedFailed(ManifestId, push.Sequence, reference.Error!);
                }
            }
            using (PushTracing.Start(PushTracing.StreamReport))
            {
                await ReportSuccessAsync(orchestrator.Address, outcome, push.Duration);
            }
            return Complete(push, sourceUpload, outcome.Segment!);
        }
        if (trustedRun is not null && await trustedRun is { Succeeded: true } fallback)
        {
            // Every untrusted attempt failed or was caught: the trusted orchestrator's renditions stand.
            return Complete(push, sourceUpload, fallback.Segment!);
        }
        var gaveUp = attempts.Attempts == 0 ? "no orchestrator was tried" : attempts.GaveUpMessage(CapabilityModel.Transcoding);
        return SegmentResult.Failure(SegmentStatus.AttemptsFailed, errors.Count == 0 ? gaveUp : $"{gaveUp}; {string.Join("; ", errors)}");
    }

    private async Task<AttemptOutcome> RunTrustedAsync(
        ProbabilitySelection selection, IReadOnlyList<OrchestratorCandidate> candidates, SelectionRequest request, Suspender suspender, WorkOrder order, SegmentPush push)
    {
        var pick = selection.Select(candidates, request with { Pool = TrustPool.Trusted }, Random.Shared, null, suspender);
        if (!pick.Succeeded)
        {
            return new AttemptOutcome(null, pick.Error, false, TimeSpan.Zero);
        }
        var outcome = await RunAsync(pick.Selected, order, push.Renditions);
        if (outcome.Succeeded)
        {
            await ReportSuccessAsync(pick.Selected.Address, outcome, push.Duration);
        }
        return outcome;
    }

    private async Task<string?> MismatchAsync(TranscodedSegment candidate, TranscodedSegment reference, SegmentFormat format)
    {
        var inspector = services.GetService<ISegmentInspector>()
            ?? throw new InvalidOperationException("verification needs an ISegmentInspector on this silo (AddNativeTranscoding)");
        return await new SegmentVerifier(inspector, options).MismatchAsync(candidate, reference, format);
    }

    /// <summary>Has one orchestrator transcode the segment: paid through the stream's session with it, or unpaid offchain.</summary>
    private async Task<AttemptOutcome> RunAsync(OrchestratorCandidate orchestrator, WorkOrder order, IReadOnlyList<RenditionProfile> profiles)
    {
        var started = Stopwatch.GetTimestamp();
        WorkOutput output;
        try
        {
            if (_paid)
            {
                var session = GrainFactory.GetGrain<IOrchestratorSessionGrain>($"{ManifestId}/{orchestrator.Address.ToLowerHex()}");
                if (!_openSessions.Contains(orchestrator.Address))
                {
                    var serviceUri = orchestrator.ServiceUri.Scheme == DirectoryCandidates.InClusterScheme ? "" : orchestrator.ServiceUri.ToString();
                    var opened = await session.Open(new SessionOpenRequest(orchestrator.Address, serviceUri, null, null));
                    if (!opened.Succeeded)
                    {
                        return new AttemptOutcome(null, $"{orchestrator.Address}: {opened.Error}", false, Stopwatch.GetElapsedTime(started));
                    }
                    _openSessions.Add(orchestrator.Address);
                }
                var paid = await session.PayAndCall(order);
                if (paid.Status != PaidCallStatus.Completed || paid.Output is null)
                {
                    return new AttemptOutcome(null, $"{orchestrator.Address}: {paid.Error ?? paid.Status.ToString()}", paid.BadInput, Stopwatch.GetElapsedTime(started));
                }
                output = paid.Output;
            }
            else
            {
                output = await runner.RunAsync(orchestrator.Address, order);
            }
        }
        catch (WorkRejectedException e)
        {
            return new AttemptOutcome(null, e.IsBadInput ? e.Message : $"{orchestrator.Address}: {e.Message}", e.IsBadInput, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogCallFailed(e, ManifestId, orchestrator.Address.ToString());
            return new AttemptOutcome(null, $"{orchestrator.Address}: {e.Message}", false, Stopwatch.GetElapsedTime(started));
        }
        try
        {
            return new AttemptOutcome(TranscodeOutput.FromWorkOutput(output, profiles), null, false, Stopwatch.GetElapsedTime(started));
        }
        catch (FormatException e)
        {
            return new AttemptOutcome(null, $"{orchestrator.Address}: {e.Message}", false, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task FailAsync(JobAttempts attempts, EthAddress orchestrator, string error, List<string> errors, long sequence)
    {
        attempts.RecordFailure(orchestrator);
        errors.Add(error);
        LogAttemptFailed(ManifestId, sequence, orchestrator.ToString(), error);
        await Directory.ReportFailure(orchestrator, error);
        _snapshot = null;
        _verified.Remove(orchestrator);
    }

    private Task ReportSuccessAsync(EthAddress orchestrator, AttemptOutcome outcome, TimeSpan duration) =>
        Directory.ReportSuccess(orchestrator, outcome.Elapsed, LatencyScores.Transcoding(outcome.Elapsed, duration));

    private SegmentResult Complete(SegmentPush push, Task sourceUpload, TranscodedSegment segment)
    {
        var renditions = segment.Renditions.Select(r => new RenditionSegment(r.Name, r.Data, r.Width, r.Height)).ToList();
        var duration = segment.SourceDuration > TimeSpan.Zero ? segment.SourceDuration : push.Duration;
        if (state.State.SourceWidth == 0 && segment.SourceWidth > 0)
        {
            state.State.SourceWidth = segment.SourceWidth;
            state.State.SourceHeight = segment.SourceHeight;
        }
        QueueStore(push, sourceUpload, renditions, duration);
        return new SegmentResult(SegmentStatus.Transcoded, null, renditions);
    }

    /// <summary>
    /// Storing is off the push's critical path: the client gets its renditions as soon as they exist, while the
    /// uploads (tens of milliseconds to blob storage) run on. Stores run one after another in push order, each
    /// adding its segment to the windows only once its blobs are stored; playlist reads wait for the stores
    /// pending when they arrive, so a playlist read after a push answer includes that segment.
    /// </summary>
    private void QueueStore(SegmentPush push, Task sourceUpload, IReadOnlyList<RenditionSegment> renditions, TimeSpan duration) =>
        _storing = StoreAfterAsync(_storing, push, sourceUpload, renditions, duration);

    private async Task StoreAfterAsync(Task previous, SegmentPush push, Task sourceUpload, IReadOnlyList<RenditionSegment> renditions, TimeSpan duration)
    {
        await previous;
        try
        {
            await StoreAsync(push, sourceUpload, renditions, duration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The client already has its renditions; the segment is missing from the playlists only.
            VideoMetrics.StoreFailures.Add(1);
            LogStoreFailed(e, ManifestId, push.Sequence);
        }
    }

    /// <summary>Stores the renditions (in parallel, beside the source upload), then adds the segment to every window and saves the stream.</summary>
    private async Task StoreAsync(SegmentPush push, Task sourceUpload, IReadOnlyList<RenditionSegment> renditions, TimeSpan duration)
    {
        using var span = PushTracing.Start(PushTracing.StreamStore);
        var uploads = new List<Task>(renditions.Count + 1) { sourceUpload };
        foreach (var rendition in renditions)
        {
            uploads.Add(Upload(StreamMedia.SegmentPath(ManifestId, rendition.Name, push.Sequence, push.Format), rendition.Data, push.Format));
        }
        await Task.WhenAll(uploads);
        Append(RenditionProfile.SourceName, push.Sequence, duration, state.State.SourceWidth, state.State.SourceHeight);
        foreach (var rendition in renditions)
        {
            Append(rendition.Name, push.Sequence, duration, rendition.Width, rendition.Height);
        }
        state.State.Segments++;
        state.State.LastPushAt = clock.GetUtcNow();
        await state.WriteStateAsync();
    }

    /// <summary>
    /// Starts a blob upload on the thread pool: the storage client's synchronous start (request building, signing,
    /// the first body writes) would otherwise run on this activation's turn, before the push is answered.
    /// </summary>
    private Task Upload(string path, byte[] data, SegmentFormat format) =>
        Task.Run(() => media.PutAsync(path, data, format.MediaType()));

    private void Append(string rendition, long sequence, TimeSpan duration, int width, int height)
    {
        if (!state.State.Playlists.TryGetValue(rendition, out var playlist))
        {
            playlist = new PlaylistState();
            state.State.Playlists[rendition] = playlist;
        }
        // A segment pushed again replaces its entry rather than appearing twice.
        playlist.Entries.RemoveAll(e => e.Sequence == sequence);
        playlist.Entries.Add(new PlaylistEntryState { Sequence = sequence, DurationMs = duration.TotalMilliseconds });
        playlist.Entries.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        playlist.Appended++;
        while (playlist.Entries.Count > HlsPlaylists.LiveWindow)
        {
            playlist.Entries.RemoveAt(0);
        }
        if (width > 0)
        {
            playlist.Width = width;
            playlist.Height = height;
        }
    }

    private async Task ForgetSourceAsync(Task sourceUpload, string path)
    {
        try
        {
            await sourceUpload;
            await media.DeleteAsync(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The segment already failed; a stray source blob is overwritten by the next push of that number.
            LogSourceCleanupFailed(ManifestId, path, e.Message);
        }
    }

    private async Task BeginSessionIfNeededAsync()
    {
        var s = state.State;
        if (s.Started && !s.Ended)
        {
            if (!_refreshed)
            {
                _refreshed = true;
                await SignalRefreshAsync();
            }
            return;
        }
        // A new stream, or a new session of one that ended: fresh windows, one discovery round.
        await _storing;
        if (s.Ended)
        {
            LogRestarted(ManifestId);
        }
        s.Started = true;
        s.Ended = false;
        s.Playlists.Clear();
        s.Segments = 0;
        _refreshed = true;
        await SignalRefreshAsync();
    }

    private void Configure(SegmentPush push)
    {
        var s = state.State;
        s.Format = push.Format == SegmentFormat.Mp4 ? "mp4" : "ts";
        s.Profiles = JsonProfiles.ToJson(push.Renditions);
        if (push.SourceWidth > 0)
        {
            s.SourceWidth = push.SourceWidth;
            s.SourceHeight = push.SourceHeight;
        }
    }

    private TimeSpan SegmentTimeout(SegmentPush push)
    {
        var timeout = TimeSpan.FromTicks(Math.Max(options.Value.MinSegmentTimeout.Ticks, push.Duration.Ticks * 4));
        return push.TimeoutMultiplier > 1 ? timeout * push.TimeoutMultiplier : timeout;
    }

    private IOrchestratorDirectoryGrain Directory => GrainFactory.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey);

    private async Task<DirectorySnapshot> SnapshotAsync()
    {
        var now = clock.GetUtcNow();
        if (_snapshot is null || now - _snapshotAt > options.Value.DirectoryCacheTime)
        {
            _snapshot = await Directory.GetSnapshot();
            _snapshotAt = now;
        }
        return _snapshot;
    }

    private async Task SignalRefreshAsync()
    {
        await Directory.SignalRefresh();
        _snapshot = null;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Segments already answered are stored before the activation goes.
        await _storing;
    }

    private async Task CheckIdleAsync(CancellationToken cancellationToken)
    {
        await _storing;
        var s = state.State;
        if (!s.Started || s.Ended || clock.GetUtcNow() - _lastActivity < options.Value.IdleTimeout)
        {
            return;
        }
        s.Ended = true;
        await state.WriteStateAsync(cancellationToken);
        LogEnded(ManifestId, s.Segments, options.Value.IdleTimeout.TotalSeconds);
        this.DeactivateOnIdle();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream} segment {Sequence}: {Orchestrator} failed, suspended: {Reason}")]
    private partial void LogAttemptFailed(string stream, long sequence, string orchestrator, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream {Stream} segment {Sequence}: bad input (found by {Orchestrator}): {Reason}")]
    private partial void LogBadInput(string stream, long sequence, string orchestrator, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream}: the call to {Orchestrator} failed")]
    private partial void LogCallFailed(Exception exception, string stream, string orchestrator);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stream {Stream} segment {Sequence} failed")]
    private partial void LogSegmentFailed(Exception exception, string stream, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream}: verification asked for but not possible ({Trusted} trusted, {Untrusted} untrusted orchestrators); segments go unverified")]
    private partial void LogVerificationUnavailable(string stream, int trusted, int untrusted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream} segment {Sequence}: the trusted orchestrator failed, segment unverified: {Reason}")]
    private partial void LogTrustedFailed(string stream, long sequence, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream {Stream}: the source blob {Path} of a failed segment could not be removed: {Reason}")]
    private partial void LogSourceCleanupFailed(string stream, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stream {Stream} segment {Sequence}: its renditions went to the client but could not be stored; it is missing from the playlists")]
    private partial void LogStoreFailed(Exception exception, string stream, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream {Stream} ended after {Segments} segments: no push for {IdleSeconds} s")]
    private partial void LogEnded(string stream, long segments, double idleSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream {Stream} restarted after it had ended")]
    private partial void LogRestarted(string stream);
}
