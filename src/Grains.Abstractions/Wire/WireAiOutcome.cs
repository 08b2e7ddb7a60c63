namespace Livepeer.Grains.Abstractions.Wire;

/// <summary>The ai-runner JSON response of an AI request, or why it failed (<paramref name="IsBadInput"/>: the input itself).</summary>
[GenerateSerializer, Immutable, Alias("livepeer.WireAiOutcome")]
public sealed record WireAiOutcome(
    [property: Id(0)] string? ResponseJson,
    [property: Id(1)] string? Error,
    [property: Id(2)] bool IsBadInput)
{
    public bool Succeeded => Error is null;
}
