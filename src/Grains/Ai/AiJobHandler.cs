using System.Text;
using System.Text.Json;
using Livepeer.Grains.Abstractions.Ai;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Placement;
using Livepeer.Grains.Sessions;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Ai;

/// <summary>
/// The orchestrator's side of paid AI work (<c>ai/&lt;pipeline&gt;</c> jobs): checks the request again (it
/// trusts no gateway), counts its units by the orchestrator's rules (gateway-api.md §3.5: what gets debited),
/// and runs it on an <see cref="IInferenceGrain"/> of a GPU silo. Output: the produced media as artifacts and
/// a metadata JSON object with the model, the text and the media sizes.
/// </summary>
public sealed partial class AiJobHandler(IGrainFactory grains, IOptions<AiOptions> options, ILogger<AiJobHandler> logger) : IJobHandler
{
    public bool Handles(string job) => AiPipelines.FromJobName(job) is not null;

    public async Task<WorkOutput> RunAsync(EthAddress orchestrator, WorkOrder work, WorkPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var pipeline = AiPipelines.FromJobName(payload.Job) ?? throw new WorkRejectedException($"{payload.Job} is not an AI job");
        var parsed = AiRequestParser.ParsePayload(pipeline, payload.Parameters, payload.Body);
        if (!parsed.Succeeded)
        {
            throw BadInput(orchestrator, pipeline, $"invalid {pipeline.Name} request: {parsed.Summary}");
        }
        var request = parsed.Request;
        if (!AiInputInspector.TryInspect(request, options.Value.InputLimits, out var input, out var inputError))
        {
            throw BadInput(orchestrator, pipeline, inputError);
        }
        if (!AiRequestUnits.TryCompute(request, input, AiPricingSide.Orchestrator, out var units, out var unitsError))
        {
            throw BadInput(orchestrator, pipeline, unitsError);
        }
        var inputs = request.Media is { } media
            ? new[] { new InferenceInput(media.Field, input.Image?.ContentType ?? input.Audio?.ContentType ?? media.ContentType, media.Data) }
            : [];
        var slot = Random.Shared.Next(options.Value.InferenceSlots);
        InferenceOutcome outcome;
        try
        {
            outcome = await grains.GetGrain<IInferenceGrain>(slot).Run(new InferenceJob(pipeline.Name, request.ModelId, request.Parameters, inputs));
        }
        catch (NoGpuSiloException e)
        {
            throw new WorkRejectedException($"{pipeline.Name} cannot run: {e.Message}");
        }
        LogRan(orchestrator.ToString(), pipeline.Name, outcome.ModelId, units.ToString(), outcome.Worker);
        var artifacts = outcome.Media.Select((m, i) => new WorkArtifact(ArtifactName(m.ContentType, i), m.ContentType, m.Data)).ToList();
        return new WorkOutput(units, artifacts, Metadata(outcome, artifacts));
    }

    private WorkRejectedException BadInput(EthAddress orchestrator, AiPipeline pipeline, string reason)
    {
        LogRefused(orchestrator.ToString(), pipeline.Name, reason);
        return new WorkRejectedException(reason) { IsBadInput = true };
    }

    private static string ArtifactName(string contentType, int index)
    {
        var (kind, extension) = contentType switch
        {
            "image/png" => ("image", ".png"),
            "image/jpeg" => ("image", ".jpg"),
            "image/webp" => ("image", ".webp"),
            "video/mp4" => ("video", ".mp4"),
            "audio/wav" or "audio/x-wav" => ("audio", ".wav"),
            "audio/mpeg" => ("audio", ".mp3"),
            _ when contentType.StartsWith("image/", StringComparison.Ordinal) => ("image", ""),
            _ when contentType.StartsWith("video/", StringComparison.Ordinal) => ("video", ""),
            _ when contentType.StartsWith("audio/", StringComparison.Ordinal) => ("audio", ""),
            _ => ("output", ".bin"),
        };
        return $"{kind}-{index}{extension}";
    }

    private static string Metadata(InferenceOutcome outcome, IReadOnlyList<WorkArtifact> artifacts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model_id", outcome.ModelId);
            if (outcome.Text is { } text)
            {
                json.WriteString("text", text);
            }
            json.WriteStartArray("media");
            for (int i = 0; i < outcome.Media.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", artifacts[i].Name);
                json.WriteNumber("width", outcome.Media[i].Width);
                json.WriteNumber("height", outcome.Media[i].Height);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("engine_units", outcome.EngineUnits);
            json.WriteNumber("inference_ms", outcome.Elapsed.TotalMilliseconds);
            json.WriteString("worker", outcome.Worker);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator}: {Pipeline}/{Model} done, {Units} units, on {Worker}")]
    private partial void LogRan(string orchestrator, string pipeline, string model, string units, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator}: {Pipeline} request refused: {Reason}")]
    private partial void LogRefused(string orchestrator, string pipeline, string reason);
}
