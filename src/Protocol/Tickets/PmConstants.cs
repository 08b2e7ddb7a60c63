using System.Numerics;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// Fixed numbers of the probabilistic-micropayment protocol (pm-protocol.md §11) and the defaults of
/// the operator-tunable ones (see <see cref="Payments.PaymentOptions"/>).
/// </summary>
public static class PmConstants
{
    /// <summary>MAXP = 2^256 − 1: winProb is a numerator over this, and EV divides by it.</summary>
    public static readonly BigInteger MaxWinProb = BigEndian.MaxUint256;

    /// <summary>The recipient records at most this many distinct nonces per recipientRand.</summary>
    public const int MaxSenderNonces = 600;

    /// <summary>Ticket params expire this many L1 blocks after the last one seen when they were issued.</summary>
    public const long ParamsExpirationBlocks = 40;

    /// <summary>The sender refuses params that expire within this many L1 blocks.</summary>
    public const long ParamsExpiryBuffer = 1;

    /// <summary>faceValue = EV × this when the tx-cost rule gives less than EV.</summary>
    public const int EvMultiplier = 100;

    /// <summary>Hard-coded "average" gas price (3 gwei) of the recipient's second face-value floor.</summary>
    public static readonly BigInteger AvgGasPrice = 3_000_000_000;

    /// <summary>The first nonce a sender puts on tickets of fresh params (its counter starts at 0).</summary>
    public const uint FirstSenderNonce = 1;

    /// <summary>A redemption is worth waiting for only while deposit / pending ≥ this ratio.</summary>
    public const int MinDepositPendingRatio = 3;

    /// <summary>A ticket can be redeemed until creationRound + this many rounds.</summary>
    public const long TicketValidityPeriodRounds = 2;

    /// <summary>Gas of one redeemWinningTicket transaction on Ethereum L1.</summary>
    public const long RedeemGasL1 = 350_000;

    /// <summary>Gas of one redeemWinningTicket transaction on Arbitrum.</summary>
    public const long RedeemGasArbitrum = 1_200_000;

    public const int DefaultTxCostMultiplier = 100;

    public static readonly BigInteger DefaultTicketEV = 8_000_000_000;

    public static readonly BigInteger DefaultMaxTicketEV = 3_000_000_000_000;

    public static readonly BigInteger DefaultMaxTotalEV = 20_000_000_000_000;

    public const int DefaultDepositMultiplier = 1;
}
