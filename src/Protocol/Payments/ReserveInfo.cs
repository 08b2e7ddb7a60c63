using System.Numerics;

namespace Livepeer.Protocol.Payments;

/// <summary>A sender's TicketBroker reserve: what is left and what recipients claimed this round.</summary>
public sealed record ReserveInfo(BigInteger FundsRemaining, BigInteger ClaimedInCurrentRound)
{
    public static readonly ReserveInfo Empty = new(BigInteger.Zero, BigInteger.Zero);
}
