using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>Expected value, win probability and the win test (pm-protocol.md §2.4, §3.3).</summary>
public static class TicketMath
{
    /// <summary>EV = faceValue × winProb / (2^256 − 1), exact (the denominator is MAXP, not 2^256).</summary>
    public static BigRational ExpectedValue(BigInteger faceValue, BigInteger winProb) =>
        faceValue.IsZero || winProb.IsZero ? BigRational.Zero : new BigRational(faceValue * winProb, PmConstants.MaxWinProb);

    /// <summary>winProb / (2^256 − 1): the probability itself, exact.</summary>
    public static BigRational WinProbability(BigInteger winProb) => new(winProb, PmConstants.MaxWinProb);

    /// <summary>
    /// The win probability that makes a ticket of <paramref name="faceValue"/> worth at least
    /// <paramref name="ticketEV"/>: 0 for a zero face value, MAXP when faceValue = EV, otherwise
    /// EV × ⌈MAXP / faceValue⌉ (rounded up, so the EV lands a hair above the target).
    /// </summary>
    public static BigInteger WinProbFor(BigInteger faceValue, BigInteger ticketEV)
    {
        if (faceValue.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(faceValue), faceValue, "faceValue must not be negative");
        }
        if (faceValue.IsZero)
        {
            return BigInteger.Zero;
        }
        if (faceValue == ticketEV)
        {
            return PmConstants.MaxWinProb;
        }
        var quotient = BigInteger.DivRem(PmConstants.MaxWinProb, faceValue, out var remainder);
        return ticketEV * (remainder.IsZero ? quotient : quotient + 1);
    }

    /// <summary>keccak(signature ‖ pad32(recipientRand)): the number the win test compares with winProb.</summary>
    public static Hash32 WinHash(ReadOnlySpan<byte> signature, Hash32 recipientRand)
    {
        Span<byte> rand = stackalloc byte[Hash32.Length];
        recipientRand.CopyTo(rand);
        Span<byte> hash = stackalloc byte[Hash32.Length];
        Keccak256.Hash(signature, rand, hash);
        return new Hash32(hash);
    }

    /// <summary>The ticket wins when uint256(keccak(sig ‖ pad32(rand))) &lt; winProb (strictly).</summary>
    public static bool IsWinning(ReadOnlySpan<byte> signature, Hash32 recipientRand, BigInteger winProb) =>
        winProb.Sign > 0 && (winProb > PmConstants.MaxWinProb || WinHash(signature, recipientRand) < Hash32.FromUInt256(winProb));

    /// <summary>The win test with winProb already as a 32-byte word (the per-batch form of the receiver).</summary>
    public static bool IsWinning(ReadOnlySpan<byte> signature, Hash32 recipientRand, Hash32 winProb) =>
        WinHash(signature, recipientRand) < winProb;
}
