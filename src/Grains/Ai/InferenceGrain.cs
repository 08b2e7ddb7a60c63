using System.Diagnostics;
using Livepeer.Grains.Abstractions.Ai;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Placement;
using Livepeer.Media;
using Livepeer.Media.Inference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Placement;

namespace Livepeer.Grains.Ai;

/// <summary>
/// Runs AI requests on a GPU silo's <see cref="IInferenceEngine"/>. GPU-placed and immovable, like the
/// transcoder (a stateless worker would run on the caller's silo, GPU or not). Reentrant: the engine is
/// thread-safe and bounds concurrency per model itself, so one activation takes every request sent to its slot.
/// </summary>
[GpuPlacement, Immovable, Reentrant]
[GrainType("livepeer.inference")]
public sealed partial class InferenceGrain(IServiceProvider services, ILocalSiloDetails silo, ILogger<InferenceGrain> logger) : Grain, IInferenceGrain
{
    private readonly IInferenceEngine? _engine = services.GetService<IInferenceEngine>();

    public async Task<InferenceOutcome> Run(InferenceJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var engine = Engine(job.Pipeline);
        var model = ResolveModel(engine, job.Pipeline, job.ModelId);
        var request = new InferenceRequest(
            job.Pipeline, model, job.Parameters, [.. job.Inputs.Select(i => new MediaInput(i.Name, i.ContentType, i.Data))]);
        var started = Stopwatch.GetTimestamp();
        InferenceResult result;
        try
        {
            result = await engine.RunAsync(request);
        }
        catch (MediaInputException e)
        {
            AiMetrics.InferenceFailed(job.Pipeline, "bad_input");
            LogRefused(job.Pipeline, model, e.Message);
            throw new WorkRejectedException(e.Message) { IsBadInput = true };
        }
        catch (ModelNotFoundException e)
        {
            AiMetrics.InferenceFailed(job.Pipeline, "unknown_model");
            throw new WorkRejectedException(e.Message) { IsBadInput = true };
        }
        catch (Exception e) when (e is not WorkRejectedException)
        {
            AiMetrics.InferenceFailed(job.Pipeline, "error");
            LogFailed(e, job.Pipeline, model);
            throw new WorkRejectedException($"{job.Pipeline}/{model} failed on the worker: {e.GetType().Name}: {e.Message}");
        }
        var took = Stopwatch.GetElapsedTime(started);
        AiMetrics.InferenceRan(job.Pipeline, model, took);
        LogRan(job.Pipeline, model, took.TotalMilliseconds, result.Media.Count);
        return new InferenceOutcome(
            model,
            [.. result.Media.Select(m => new InferenceMedia(m.ContentType, m.Data, m.Width, m.Height))],
            result.Text,
            result.Units,
            took,
            silo.SiloAddress.ToString());
    }

    public Task<IReadOnlyList<ServedModel>> GetModels() =>
        Task.FromResult<IReadOnlyList<ServedModel>>(_engine is null
            ? []
            : [.. _engine.Models.Select(m => new ServedModel(m.Pipeline, m.ModelId, m.Warm, m.Capacity, m.IsDefault))]);

    private IInferenceEngine Engine(string pipeline) =>
        _engine ?? throw new WorkRejectedException($"silo {silo.SiloAddress} has no inference engine, so it cannot run {pipeline}");

    /// <summary>The model asked for, or for "" the pipeline's default (else its first model).</summary>
    private static string ResolveModel(IInferenceEngine engine, string pipeline, string modelId)
    {
        var served = engine.Models.Where(m => string.Equals(m.Pipeline, pipeline, StringComparison.Ordinal)).ToList();
        if (modelId.Length > 0)
        {
            return served.Any(m => string.Equals(m.ModelId, modelId, StringComparison.Ordinal))
                ? modelId
                : throw new WorkRejectedException(served.Count == 0
                    ? $"this worker serves no {pipeline} model"
                    : $"this worker does not serve {pipeline} model '{modelId}'; it serves {string.Join(", ", served.Select(m => m.ModelId))}") { IsBadInput = true };
        }
        return (served.FirstOrDefault(m => m.IsDefault) ?? served.FirstOrDefault())?.ModelId
            ?? throw new WorkRejectedException($"this worker serves no {pipeline} model") { IsBadInput = true };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inference {Pipeline}/{Model}: {Milliseconds:0.0} ms, {Outputs} media outputs")]
    private partial void LogRan(string pipeline, string model, double milliseconds, int outputs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inference {Pipeline}/{Model}: input refused: {Reason}")]
    private partial void LogRefused(string pipeline, string model, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inference {Pipeline}/{Model} failed")]
    private partial void LogFailed(Exception exception, string pipeline, string model);
}
