using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>Starts a paid session with one orchestrator for one kind of work.</summary>
/// <param name="ServiceUri">the orchestrator's service URI for a remote transport; empty in-cluster</param>
/// <param name="Capability">capability to be priced for; null for transcoding</param>
/// <param name="Model">model to be priced for, with <paramref name="Capability"/></param>
[GenerateSerializer, Immutable, Alias("livepeer.SessionOpenRequest")]
public sealed record SessionOpenRequest(
    [property: Id(0)] EthAddress Orchestrator,
    [property: Id(1)] string ServiceUri,
    [property: Id(2)] uint? Capability,
    [property: Id(3)] string? Model);
