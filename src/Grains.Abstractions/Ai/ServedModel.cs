namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>A model a GPU worker serves (the engine's model list): what its orchestrator advertises.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.ServedModel")]
public sealed record ServedModel(
    [property: Id(0)] string Pipeline,
    [property: Id(1)] string ModelId,
    [property: Id(2)] bool Warm,
    [property: Id(3)] int Capacity,
    [property: Id(4)] bool IsDefault);
