namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>One AI request for a GPU worker, already parsed and paid for.</summary>
/// <param name="ModelId">the model asked for; "" for the worker's default model of the pipeline</param>
/// <param name="Parameters">the request's fields by their API names, in canonical text form</param>
[GenerateSerializer, Immutable, Alias("livepeer.InferenceJob")]
public sealed record InferenceJob(
    [property: Id(0)] string Pipeline,
    [property: Id(1)] string ModelId,
    [property: Id(2)] IReadOnlyDictionary<string, string> Parameters,
    [property: Id(3)] IReadOnlyList<InferenceInput> Inputs);
