using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Livepeer.Protocol.Payments.WinningTicket"/>: the ticket's fields, its signature and recipientRand.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.WinningTicket")]
public readonly record struct WinningTicketSurrogate(
    [property: Id(0)] EthAddress Recipient,
    [property: Id(1)] EthAddress Sender,
    [property: Id(2)] BigInteger FaceValue,
    [property: Id(3)] BigInteger WinProb,
    [property: Id(4)] uint SenderNonce,
    [property: Id(5)] Hash32 RecipientRandHash,
    [property: Id(6)] long CreationRound,
    [property: Id(7)] Hash32 CreationRoundBlockHash,
    [property: Id(8)] BigInteger ParamsExpirationBlock,
    [property: Id(9)] BigRational PricePerPixel,
    [property: Id(10)] byte[] Signature,
    [property: Id(11)] Hash32 RecipientRand);
