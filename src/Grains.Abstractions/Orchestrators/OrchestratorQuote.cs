using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// Our form of OrchestratorInfo (pm-protocol.md §6.2): fresh ticket params for one sender, the price
/// they were issued at, and the auth token of the session.
/// </summary>
/// <param name="Orchestrator">the orchestrator's address (ticket recipient)</param>
/// <param name="ServiceUri">where remote gateways reach it; empty when in-cluster only</param>
/// <param name="TicketParams">params to sign tickets against</param>
/// <param name="PricePerPixel">the price the params were issued at (the payment's expected price)</param>
/// <param name="PriceCapability">the capability the price is for (PriceInfo.capability); null for transcoding</param>
/// <param name="PriceModel">the model the price is for (PriceInfo.constraint)</param>
/// <param name="SessionId">auth-token session id: the orchestrator's balance key for this session</param>
/// <param name="AuthToken">HMAC of the session id and expiration (§8.2)</param>
/// <param name="AuthExpiration">auth token expiry, unix seconds</param>
[GenerateSerializer, Immutable, Alias("livepeer.OrchestratorQuote")]
public sealed record OrchestratorQuote(
    [property: Id(0)] EthAddress Orchestrator,
    [property: Id(1)] string ServiceUri,
    [property: Id(2)] TicketParams TicketParams,
    [property: Id(3)] BigRational PricePerPixel,
    [property: Id(4)] uint? PriceCapability,
    [property: Id(5)] string? PriceModel,
    [property: Id(6)] string SessionId,
    [property: Id(7)] byte[] AuthToken,
    [property: Id(8)] long AuthExpiration,
    [property: Id(9)] IReadOnlyList<OrchestratorCapability> Capabilities);
