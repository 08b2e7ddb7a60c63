using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Persistence;

/// <summary>A winning ticket as stored in grain state: everything redeemWinningTicket needs, as text.</summary>
[GenerateSerializer, Alias("livepeer.state.Winner")]
public sealed class WinnerState
{
    [Id(0)] public string Recipient { get; set; } = "";
    [Id(1)] public string Sender { get; set; } = "";
    [Id(2)] public string FaceValue { get; set; } = "0";
    [Id(3)] public string WinProb { get; set; } = "0";
    [Id(4)] public uint SenderNonce { get; set; }
    [Id(5)] public string RecipientRandHash { get; set; } = "";
    [Id(6)] public long CreationRound { get; set; }
    [Id(7)] public string CreationRoundBlockHash { get; set; } = "";
    [Id(8)] public string ParamsExpirationBlock { get; set; } = "0";
    [Id(9)] public string PricePerPixel { get; set; } = "0";
    [Id(10)] public string Signature { get; set; } = "";
    [Id(11)] public string RecipientRand { get; set; } = "";

    public static WinnerState From(WinningTicket winner)
    {
        ArgumentNullException.ThrowIfNull(winner);
        var t = winner.Ticket;
        return new WinnerState
        {
            Recipient = StateText.Of(t.Recipient),
            Sender = StateText.Of(t.Sender),
            FaceValue = StateText.Of(t.FaceValue),
            WinProb = StateText.Of(t.WinProb),
            SenderNonce = t.SenderNonce,
            RecipientRandHash = StateText.Of(t.RecipientRandHash),
            CreationRound = t.CreationRound,
            CreationRoundBlockHash = StateText.Of(t.CreationRoundBlockHash),
            ParamsExpirationBlock = StateText.Of(t.ParamsExpirationBlock),
            PricePerPixel = StateText.Of(t.PricePerPixel),
            Signature = StateText.Hex(winner.Signature),
            RecipientRand = StateText.Of(winner.RecipientRand),
        };
    }

    public WinningTicket ToWinningTicket() => new(
        new Ticket(
            StateText.Address(Recipient),
            StateText.Address(Sender),
            StateText.BigInt(FaceValue),
            StateText.BigInt(WinProb),
            SenderNonce,
            StateText.Hash(RecipientRandHash),
            CreationRound,
            StateText.Hash(CreationRoundBlockHash),
            StateText.BigInt(ParamsExpirationBlock),
            StateText.Rational(PricePerPixel)),
        StateText.Bytes(Signature),
        StateText.Hash(RecipientRand));
}
