using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Orchestrators;
using Livepeer.Grains.Persistence;

namespace Livepeer.Grains.Sessions;

/// <summary>The session's latest OrchestratorInfo as stored in grain state.</summary>
[GenerateSerializer, Alias("livepeer.state.Quote")]
public sealed class QuoteState
{
    [Id(0)] public string Orchestrator { get; set; } = "";
    [Id(1)] public string ServiceUri { get; set; } = "";
    [Id(2)] public TicketParamsState TicketParams { get; set; } = new();
    [Id(3)] public string PricePerPixel { get; set; } = "0";
    [Id(4)] public uint? PriceCapability { get; set; }
    [Id(5)] public string? PriceModel { get; set; }
    [Id(6)] public string SessionId { get; set; } = "";
    [Id(7)] public string AuthToken { get; set; } = "";
    [Id(8)] public long AuthExpiration { get; set; }
    [Id(9)] public List<CapabilityState> Capabilities { get; set; } = [];

    public static QuoteState From(OrchestratorQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new QuoteState
        {
            Orchestrator = StateText.Of(quote.Orchestrator),
            ServiceUri = quote.ServiceUri,
            TicketParams = TicketParamsState.From(quote.TicketParams),
            PricePerPixel = StateText.Of(quote.PricePerPixel),
            PriceCapability = quote.PriceCapability,
            PriceModel = quote.PriceModel,
            SessionId = quote.SessionId,
            AuthToken = StateText.Hex(quote.AuthToken),
            AuthExpiration = quote.AuthExpiration,
            Capabilities = [.. quote.Capabilities.Select(CapabilityState.From)],
        };
    }

    public OrchestratorQuote ToQuote() => new(
        StateText.Address(Orchestrator),
        ServiceUri,
        TicketParams.ToTicketParams(),
        StateText.Rational(PricePerPixel),
        PriceCapability,
        PriceModel,
        SessionId,
        StateText.Bytes(AuthToken),
        AuthExpiration,
        [.. Capabilities.Select(c => c.ToCapability())]);
}
