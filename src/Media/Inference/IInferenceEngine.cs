namespace Livepeer.Media.Inference;

/// <summary>
/// Runs AI pipelines on warm ONNX Runtime sessions (one per model per worker). Thread-safe. Bad input
/// throws <see cref="MediaInputException"/>; an unknown pipeline/model throws <see cref="ModelNotFoundException"/>.
/// </summary>
public interface IInferenceEngine
{
    /// <summary>The pipeline/model pairs this worker serves: what the orchestrator advertises (gateway-api.md §3.7).</summary>
    IReadOnlyList<ModelInfo> Models { get; }

    Task<InferenceResult> RunAsync(InferenceRequest request, CancellationToken cancellationToken = default);
}
