using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// A gateway asks an orchestrator for ticket params and a price (GetOrchestrator).
/// </summary>
/// <param name="Sender">the gateway's ETH address (ticket sender)</param>
/// <param name="SessionId">the auth-token session id of an ongoing session, to refresh it (same price once fixed); null for a new session</param>
/// <param name="Capability">the capability to price; null for transcoding</param>
/// <param name="Model">the model to price, with <paramref name="Capability"/></param>
[GenerateSerializer, Immutable, Alias("livepeer.QuoteRequest")]
public sealed record QuoteRequest(
    [property: Id(0)] EthAddress Sender,
    [property: Id(1)] string? SessionId,
    [property: Id(2)] uint? Capability,
    [property: Id(3)] string? Model);
