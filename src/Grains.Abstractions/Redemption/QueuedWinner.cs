using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Redemption;

/// <summary>One winning ticket in a redemption queue and what became of it.</summary>
/// <param name="LastError">why it is still waiting, or why it failed</param>
/// <param name="TransactionHash">the redeem transaction; null when not (knowingly) sent</param>
[GenerateSerializer, Immutable, Alias("livepeer.QueuedWinner")]
public sealed record QueuedWinner(
    [property: Id(0)] Hash32 TicketHash,
    [property: Id(1)] EthAddress Sender,
    [property: Id(2)] BigInteger FaceValue,
    [property: Id(3)] uint SenderNonce,
    [property: Id(4)] BigInteger ParamsExpirationBlock,
    [property: Id(5)] long CreationRound,
    [property: Id(6)] RedemptionStatus Status,
    [property: Id(7)] int Attempts,
    [property: Id(8)] string? LastError,
    [property: Id(9)] Hash32? TransactionHash,
    [property: Id(10)] BigInteger AmountPaid);
