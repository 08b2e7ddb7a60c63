using Livepeer.Protocol.Payments;

namespace Livepeer.Grains.Abstractions.Senders;

/// <summary>A gateway's own TicketBroker funds as last read from the chain, and at which L1 block.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.SenderAccount")]
public sealed record SenderAccount([property: Id(0)] SenderInfo Info, [property: Id(1)] long ReadAtBlock);
