using System.Numerics;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>The gateway's (sender's) checks before it signs tickets against recipient params (pm-protocol.md §4).</summary>
public static class SenderTicketRules
{
    /// <summary>
    /// Checks params before signing <paramref name="ticketCount"/> tickets, in go-livepeer's order
    /// and with its texts; null when they may be used. <paramref name="ownInfo"/> is the sender's own
    /// TicketBroker info; the chain numbers are the sender's view.
    /// </summary>
    public static string? Validate(
        TicketParams? ticketParams,
        int ticketCount,
        SenderInfo ownInfo,
        long lastSeenL1Block,
        long lastInitializedRound,
        PaymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(ownInfo);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(ticketCount);
        if (ticketParams is null)
        {
            return PmErrors.TicketParamsNil;
        }
        if (ticketParams.ExpirationBlock.IsZero)
        {
            return PmErrors.ExpirationBlockZero;
        }
        if (ticketParams.ExpirationBlock - lastSeenL1Block <= PmConstants.ParamsExpiryBuffer)
        {
            return PmErrors.TicketParamsExpired;
        }
        var ev = ticketParams.ExpectedValue;
        if (ev.Sign <= 0)
        {
            // Free params (price 0): nothing to pay, so nothing else to check.
            return null;
        }
        if (ev >= new BigRational(ticketParams.FaceValue))
        {
            return PmErrors.FaceValueTooLow(ticketParams.FaceValue);
        }
        var maxTicketEV = new BigRational(options.MaxTicketEV);
        if (ev > maxTicketEV)
        {
            return PmErrors.TicketEVTooHigh(ev, maxTicketEV);
        }
        if (ownInfo.IsUnlockingSoon(lastInitializedRound))
        {
            return PmErrors.OwnDepositUnlocking;
        }
        if (ownInfo.Reserve.FundsRemaining.IsZero)
        {
            return PmErrors.NoSenderReserve;
        }
        if (ownInfo.Deposit.IsZero)
        {
            return PmErrors.NoSenderDeposit;
        }
        var totalEV = ev * new BigRational(ticketCount);
        var maxTotalEV = new BigRational(options.MaxTotalEV);
        if (totalEV > maxTotalEV)
        {
            return PmErrors.TotalEVTooHigh(totalEV, ticketCount, maxTotalEV);
        }
        var maxFaceValue = BigInteger.Divide(ownInfo.Deposit, options.DepositMultiplier);
        if (ticketParams.FaceValue > maxFaceValue)
        {
            return PmErrors.FaceValueTooHigh(ticketParams.FaceValue, maxFaceValue);
        }
        return null;
    }

    /// <summary>
    /// The creation round and block hash a sender puts into its tickets: the recipient's when it
    /// sent a non-zero round and hash, else the sender's own last initialized round and its hash.
    /// </summary>
    public static TicketExpirationParams ExpirationParamsFor(TicketParams ticketParams, long ownLastInitializedRound, Hash32 ownRoundBlockHash)
    {
        ArgumentNullException.ThrowIfNull(ticketParams);
        return ticketParams.ExpirationParams is { CreationRound: not 0, CreationRoundBlockHash.IsZero: false } offered
            ? offered
            : new TicketExpirationParams(ownLastInitializedRound, ownRoundBlockHash);
    }
}
