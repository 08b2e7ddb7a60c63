using System.Globalization;
using Google.Protobuf;
using Livepeer.AzureStorage.Blobs;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Wire;
using Livepeer.Grains.Video;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Livepeer.Grains.Wire;

/// <summary>
/// Turns paid wire requests into this cluster's jobs ("transcode", "ai/&lt;pipeline&gt;"), runs and debits them
/// through <see cref="OrchestratorRequestProcessor"/> (as in-cluster calls are), and stores what they produced
/// under <see cref="WireMedia"/> for the endpoints to serve. Stateless; placed on the receiving silo.
/// </summary>
[StatelessWorker, GrainType("livepeer.wirework")]
public sealed partial class WireWorkGrain(
    OrchestratorRequestProcessor processor,
    IMediaStore media,
    TimeProvider clock,
    ILogger<WireWorkGrain> logger) : Grain, IWireWorkGrain
{
    /// <summary>go-livepeer's whole-call floor for a segment: the gateway gives up after max(8 s, 4 × duration).</summary>
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromSeconds(8);

    public async Task<WireSegmentOutcome> TranscodeSegment(WireSegmentJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var orchestrator = Orchestrator();
        var format = RenditionProfileWire.Sniff(job.Segment);
        var profiles = job.Profiles
            .Select((bytes, i) => RenditionProfileWire.FromWire(VideoProfile.Parser.ParseFrom(bytes), string.Create(CultureInfo.InvariantCulture, $"rendition{i}")))
            .ToList();
        // Two wire profiles may share a name; the job needs unique ones, and the wire result is by index anyway.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < profiles.Count; i++)
        {
            if (!seen.Add(profiles[i].Name))
            {
                profiles[i] = profiles[i] with { Name = string.Create(CultureInfo.InvariantCulture, $"rendition{i}") };
                seen.Add(profiles[i].Name);
            }
        }
        var timeout = job.Duration * 4 > MinimumTimeout ? job.Duration * 4 : MinimumTimeout;
        var parameters = new TranscodeJobParameters(StreamId(job.ManifestId), format, timeout, profiles, job.Seq, job.Duration);
        var work = new WorkOrder(WorkKind.Video, 0, new WorkPayload(TranscodeJobParameters.Job, job.Segment, parameters.ToJson()));
        var run = await processor.RunAsync(orchestrator, job.Sender, job.SessionKey, work, job.Price);
        if (!run.Succeeded)
        {
            LogFailed(orchestrator.ToString(), job.SessionKey, job.Seq, run.Error!);
            return new WireSegmentOutcome(run.Error, []);
        }
        var output = run.Output!;
        var pixels = RenditionPixels(output);
        var renditions = new List<WireRendition>();
        var uploads = new List<Task>();
        for (int i = 0; i < output.Artifacts.Count; i++)
        {
            var artifact = output.Artifacts[i];
            var path = WireMedia.RenditionPath(orchestrator.ToLowerHex(), job.SessionKey, job.Seq, i, format.Extension());
            uploads.Add(media.PutAsync(path, artifact.Data, artifact.ContentType));
            renditions.Add(new WireRendition(path, pixels[i], Keccak256.Hash(artifact.Data)));
        }
        await Task.WhenAll(uploads);
        return new WireSegmentOutcome(null, renditions);
    }

    public async Task<WireAiOutcome> RunAi(WireAiJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var orchestrator = Orchestrator();
        var pipeline = AiPipelines.FromJobName(job.Payload.Job)
            ?? throw new ArgumentException($"{job.Payload.Job} is not an AI job", nameof(job));
        var run = await processor.RunAsync(orchestrator, job.Sender, job.SessionKey, new WorkOrder(WorkKind.AiUnits, 0, job.Payload), job.Price);
        if (!run.Succeeded)
        {
            LogFailed(orchestrator.ToString(), job.SessionKey, 0, run.Error!);
            return new WireAiOutcome(null, run.Error, run.IsBadInput);
        }
        var output = run.Output!;
        var paths = new Dictionary<WorkArtifact, string>(ReferenceEqualityComparer.Instance);
        await Task.WhenAll(output.Artifacts.Select(artifact =>
        {
            var path = WireMedia.AiOutputPath(orchestrator.ToLowerHex(), job.RequestId, artifact.Name);
            paths[artifact] = path;
            return media.PutAsync(path, artifact.Data, artifact.ContentType);
        }));
        long seed = AiRequestParser.ParsePayload(pipeline, job.Payload.Parameters, ReadOnlyMemory<byte>.Empty) is { Succeeded: true } parsed
            && parsed.Request.Integer("seed") is int s ? s : 0;
        var json = AiRunnerResponse.Build(pipeline, output, a => job.MediaBaseUrl + paths[a], job.RequestId, seed, clock.GetUtcNow());
        return new WireAiOutcome(json, null, false);
    }

    private EthAddress Orchestrator() =>
        EthAddress.TryParse(this.GetPrimaryKeyString(), out var address, out var error)
            ? address
            : throw new ArgumentException($"a wire work grain is keyed by the orchestrator's ETH address: {error}");

    // The transcode job names its transcoder grain after the stream; a manifest id from the wire may hold anything.
    private static string StreamId(string manifestId) =>
        PushPath.ManifestIdProblem(manifestId) is null
            ? manifestId
            : "wire-" + Convert.ToHexStringLower(Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(manifestId))[..8]);

    // Per-rendition pixels from the transcode output's metadata; when they cannot be read, the whole total goes
    // on the first rendition (the gateway debits the sum either way).
    private static long[] RenditionPixels(WorkOutput output)
    {
        var pixels = new long[output.Artifacts.Count];
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(output.Metadata);
            int i = 0;
            foreach (var rendition in document.RootElement.GetProperty("renditions").EnumerateArray())
            {
                if (i < pixels.Length)
                {
                    pixels[i++] = rendition.GetProperty("pixels").GetInt64();
                }
            }
            return i == pixels.Length && pixels.Sum() == output.Units ? pixels : TotalOnFirst(output);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return TotalOnFirst(output);
        }
    }

    private static long[] TotalOnFirst(WorkOutput output)
    {
        var pixels = new long[output.Artifacts.Count];
        if (pixels.Length > 0)
        {
            pixels[0] = (long)output.Units;
        }
        return pixels;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wire job for {Orchestrator} (session {Session}, seq {Seq}) failed: {Error}")]
    private partial void LogFailed(string orchestrator, string session, long seq, string error);
}
