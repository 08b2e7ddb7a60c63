using System.Numerics;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// What a ticket receiver of this orchestrator needs: the recipient address, the recipient secret the
/// params were issued with, and the EV a session's balance must cover. In-cluster use only.
/// </summary>
[GenerateSerializer, Immutable, Alias("livepeer.ReceiverSettings")]
public sealed record ReceiverSettings(
    [property: Id(0)] EthAddress Recipient,
    [property: Id(1)] byte[] Secret,
    [property: Id(2)] BigInteger TicketEV);
