using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class TicketParamsConverter : IConverter<TicketParams, TicketParamsSurrogate>
{
    public TicketParams ConvertFromSurrogate(in TicketParamsSurrogate s) =>
        new(s.Recipient, s.FaceValue, s.WinProb, s.RecipientRandHash, s.Seed, s.ExpirationBlock, s.PricePerPixel, s.ExpirationParams);

    public TicketParamsSurrogate ConvertToSurrogate(in TicketParams v) =>
        new(v.Recipient, v.FaceValue, v.WinProb, v.RecipientRandHash, v.Seed, v.ExpirationBlock, v.PricePerPixel, v.ExpirationParams);
}
