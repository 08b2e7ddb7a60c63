using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// What an orchestrator (recipient) offers a sender for its tickets (pm-protocol.md §2.1). Every
/// field except <see cref="Recipient"/>, <see cref="RecipientRandHash"/> and the expiration params is
/// bound into the recipientRand HMAC, so a sender must echo them unchanged.
/// </summary>
/// <param name="Recipient">the orchestrator's ticket recipient address</param>
/// <param name="FaceValue">wei paid by a winning ticket (uint256)</param>
/// <param name="WinProb">win probability as a numerator over 2^256−1 (uint256)</param>
/// <param name="RecipientRandHash">keccak(pad32(recipientRand)), the recipient's commitment</param>
/// <param name="Seed">the random seed that went into recipientRand (sent as minimal bytes)</param>
/// <param name="ExpirationBlock">the L1 block after which the params are expired</param>
/// <param name="PricePerPixel">the price the params were issued for (wei per pixel)</param>
/// <param name="ExpirationParams">creation round and its block hash; absent when the recipient sent none</param>
public sealed record TicketParams(
    EthAddress Recipient,
    BigInteger FaceValue,
    BigInteger WinProb,
    Hash32 RecipientRandHash,
    BigInteger Seed,
    BigInteger ExpirationBlock,
    BigRational PricePerPixel,
    TicketExpirationParams? ExpirationParams)
{
    public BigInteger FaceValue { get; init => field = UInt256.Require(value, nameof(FaceValue)); } = UInt256.Require(FaceValue, nameof(FaceValue));

    public BigInteger WinProb { get; init => field = UInt256.Require(value, nameof(WinProb)); } = UInt256.Require(WinProb, nameof(WinProb));

    public BigInteger Seed { get; init => field = UInt256.RequireNonNegative(value, nameof(Seed)); } = UInt256.RequireNonNegative(Seed, nameof(Seed));

    public BigInteger ExpirationBlock { get; init => field = UInt256.RequireNonNegative(value, nameof(ExpirationBlock)); } = UInt256.RequireNonNegative(ExpirationBlock, nameof(ExpirationBlock));

    /// <summary>faceValue × winProb / (2^256 − 1), exact.</summary>
    public BigRational ExpectedValue => TicketMath.ExpectedValue(FaceValue, WinProb);
}
