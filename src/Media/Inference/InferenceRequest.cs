namespace Livepeer.Media.Inference;

/// <summary>One AI request after the HTTP layer has parsed and validated its form/JSON.</summary>
/// <param name="ModelId">the resolved model id (never "")</param>
/// <param name="Parameters">the request's scalar fields by their API names (prompt, seed, ...)</param>
/// <param name="Inputs">media fields by their API names (image, audio, ...)</param>
public sealed record InferenceRequest(
    string Pipeline,
    string ModelId,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<MediaInput> Inputs);
