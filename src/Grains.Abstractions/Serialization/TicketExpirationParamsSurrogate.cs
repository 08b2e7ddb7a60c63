using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("livepeer.TicketExpirationParams")]
public readonly record struct TicketExpirationParamsSurrogate([property: Id(0)] long CreationRound, [property: Id(1)] Hash32 CreationRoundBlockHash);
