using System.Numerics;
using Livepeer.Protocol.Payments;

namespace Livepeer.Grains.Abstractions.Tickets;

/// <summary>An orchestrator's view of one sender's funds: its TicketBroker info and what this orchestrator already claimed from its reserve this round.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.SenderFloatView")]
public sealed record SenderFloatView([property: Id(0)] SenderInfo Info, [property: Id(1)] BigInteger ClaimedReserve, [property: Id(2)] long ReadInRound);
