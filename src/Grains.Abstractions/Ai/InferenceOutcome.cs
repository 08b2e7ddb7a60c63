namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>What a GPU worker produced for an <see cref="InferenceJob"/>.</summary>
/// <param name="ModelId">the model that ran (the default resolved)</param>
/// <param name="EngineUnits">the units the engine counted for what it did (reported; the orchestrator debits the request's units)</param>
/// <param name="Worker">the silo that ran it</param>
[GenerateSerializer, Immutable, Alias("livepeer.InferenceOutcome")]
public sealed record InferenceOutcome(
    [property: Id(0)] string ModelId,
    [property: Id(1)] IReadOnlyList<InferenceMedia> Media,
    [property: Id(2)] string? Text,
    [property: Id(3)] long EngineUnits,
    [property: Id(4)] TimeSpan Elapsed,
    [property: Id(5)] string Worker);
