using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>A gateway session with one orchestrator as it stands.</summary>
/// <param name="AuthSessionId">the orchestrator's session id (its balance key)</param>
/// <param name="InitialPrice">the price when the session started; a quote above twice this is refused</param>
[GenerateSerializer, Immutable, Alias("livepeer.SessionSnapshot")]
public sealed record SessionSnapshot(
    [property: Id(0)] bool IsOpen,
    [property: Id(1)] EthAddress Orchestrator,
    [property: Id(2)] string? AuthSessionId,
    [property: Id(3)] BigRational Balance,
    [property: Id(4)] BigRational InitialPrice,
    [property: Id(5)] BigRational Price,
    [property: Id(6)] TicketParams? TicketParams,
    [property: Id(7)] long Calls,
    [property: Id(8)] long TicketsSent);
