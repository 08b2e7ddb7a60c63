using System.Numerics;

namespace Livepeer.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Livepeer.Protocol.Payments.SenderInfo"/> with its reserve flattened in.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.SenderInfo")]
public readonly record struct SenderInfoSurrogate(
    [property: Id(0)] BigInteger Deposit,
    [property: Id(1)] BigInteger ReserveFundsRemaining,
    [property: Id(2)] BigInteger ReserveClaimedInCurrentRound,
    [property: Id(3)] long WithdrawRound);
