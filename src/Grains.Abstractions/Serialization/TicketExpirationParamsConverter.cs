using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class TicketExpirationParamsConverter : IConverter<TicketExpirationParams, TicketExpirationParamsSurrogate>
{
    public TicketExpirationParams ConvertFromSurrogate(in TicketExpirationParamsSurrogate surrogate) =>
        new(surrogate.CreationRound, surrogate.CreationRoundBlockHash);

    public TicketExpirationParamsSurrogate ConvertToSurrogate(in TicketExpirationParams value) =>
        new(value.CreationRound, value.CreationRoundBlockHash);
}
