using Livepeer.Grains.Abstractions.Sessions;

namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>
/// Runs AI requests on a GPU silo's inference engine (key: a slot number; the slots spread work over the
/// GPU silos). Concurrent calls run concurrently: the engine bounds its own concurrency per model. A job
/// that fails throws <see cref="WorkRejectedException"/> (<c>IsBadInput</c> for unusable input or an unknown model).
/// </summary>
[Alias("livepeer.IInferenceGrain")]
public interface IInferenceGrain : IGrainWithIntegerKey
{
    [Alias("Run")]
    Task<InferenceOutcome> Run(InferenceJob job);

    [Alias("GetModels")]
    Task<IReadOnlyList<ServedModel>> GetModels();
}
