namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>A quote, or why the orchestrator cannot quote this sender (e.g. "insufficient sender reserve").</summary>
[GenerateSerializer, Immutable, Alias("livepeer.QuoteResult")]
public sealed record QuoteResult([property: Id(0)] OrchestratorQuote? Quote, [property: Id(1)] string? Error)
{
    public static QuoteResult Ok(OrchestratorQuote quote) => new(quote, null);

    public static QuoteResult Refused(string error) => new(null, error);
}
