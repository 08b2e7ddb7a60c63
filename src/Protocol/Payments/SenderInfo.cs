using System.Numerics;

namespace Livepeer.Protocol.Payments;

/// <summary>A sender's TicketBroker funds as seen on chain: deposit, reserve and the round its unlock completes (0 = not unlocking).</summary>
public sealed record SenderInfo(BigInteger Deposit, ReserveInfo Reserve, long WithdrawRound)
{
    public ReserveInfo Reserve { get; init => field = value ?? throw new ArgumentNullException(nameof(Reserve)); } =
        Reserve ?? throw new ArgumentNullException(nameof(Reserve));

    /// <summary>
    /// True when the sender started unlocking and its funds become withdrawable by the round after
    /// the last initialized one: tickets could no longer be redeemed in time.
    /// </summary>
    public bool IsUnlockingSoon(long lastInitializedRound) => WithdrawRound != 0 && WithdrawRound <= lastInitializedRound + 1;
}
