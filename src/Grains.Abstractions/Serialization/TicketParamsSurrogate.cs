using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("livepeer.TicketParams")]
public readonly record struct TicketParamsSurrogate(
    [property: Id(0)] EthAddress Recipient,
    [property: Id(1)] BigInteger FaceValue,
    [property: Id(2)] BigInteger WinProb,
    [property: Id(3)] Hash32 RecipientRandHash,
    [property: Id(4)] BigInteger Seed,
    [property: Id(5)] BigInteger ExpirationBlock,
    [property: Id(6)] BigRational PricePerPixel,
    [property: Id(7)] TicketExpirationParams? ExpirationParams);
