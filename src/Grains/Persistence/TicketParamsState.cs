using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Persistence;

/// <summary>Ticket params as stored in grain state.</summary>
[GenerateSerializer, Alias("livepeer.state.TicketParams")]
public sealed class TicketParamsState
{
    [Id(0)] public string Recipient { get; set; } = "";
    [Id(1)] public string FaceValue { get; set; } = "0";
    [Id(2)] public string WinProb { get; set; } = "0";
    [Id(3)] public string RecipientRandHash { get; set; } = "";
    [Id(4)] public string Seed { get; set; } = "0";
    [Id(5)] public string ExpirationBlock { get; set; } = "0";
    [Id(6)] public string PricePerPixel { get; set; } = "0";
    [Id(7)] public bool HasExpirationParams { get; set; }
    [Id(8)] public long CreationRound { get; set; }
    [Id(9)] public string CreationRoundBlockHash { get; set; } = "";

    public static TicketParamsState From(TicketParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new TicketParamsState
        {
            Recipient = StateText.Of(p.Recipient),
            FaceValue = StateText.Of(p.FaceValue),
            WinProb = StateText.Of(p.WinProb),
            RecipientRandHash = StateText.Of(p.RecipientRandHash),
            Seed = StateText.Of(p.Seed),
            ExpirationBlock = StateText.Of(p.ExpirationBlock),
            PricePerPixel = StateText.Of(p.PricePerPixel),
            HasExpirationParams = p.ExpirationParams is not null,
            CreationRound = p.ExpirationParams?.CreationRound ?? 0,
            CreationRoundBlockHash = p.ExpirationParams is { } e ? StateText.Of(e.CreationRoundBlockHash) : "",
        };
    }

    public TicketParams ToTicketParams() => new(
        StateText.Address(Recipient),
        StateText.BigInt(FaceValue),
        StateText.BigInt(WinProb),
        StateText.Hash(RecipientRandHash),
        StateText.BigInt(Seed),
        StateText.BigInt(ExpirationBlock),
        StateText.Rational(PricePerPixel),
        HasExpirationParams ? new TicketExpirationParams(CreationRound, StateText.Hash(CreationRoundBlockHash)) : null);
}
