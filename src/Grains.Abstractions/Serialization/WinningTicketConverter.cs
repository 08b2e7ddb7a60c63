using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class WinningTicketConverter : IConverter<WinningTicket, WinningTicketSurrogate>
{
    public WinningTicket ConvertFromSurrogate(in WinningTicketSurrogate s) => new(
        new Ticket(s.Recipient, s.Sender, s.FaceValue, s.WinProb, s.SenderNonce, s.RecipientRandHash, s.CreationRound, s.CreationRoundBlockHash, s.ParamsExpirationBlock, s.PricePerPixel),
        s.Signature,
        s.RecipientRand);

    public WinningTicketSurrogate ConvertToSurrogate(in WinningTicket v)
    {
        var t = v.Ticket;
        return new(t.Recipient, t.Sender, t.FaceValue, t.WinProb, t.SenderNonce, t.RecipientRandHash, t.CreationRound, t.CreationRoundBlockHash,
            t.ParamsExpirationBlock, t.PricePerPixel, v.Signature, v.RecipientRand);
    }
}
