namespace Livepeer.Protocol.Payments;

/// <summary>
/// A gateway's one nonce sequence, shared by every set of params it signs for, handed out from a block that is
/// stored ahead of use. A recipient accepts any nonce it has not seen for a recipientRand (pm-protocol.md §3.6
/// step 7: there is no monotonicity rule), so nonces that are unique across all params are as good as go-livepeer's
/// per-params counters, and they stay unique when params are used again after a crash. Only the block's end is
/// stored: a restart goes on from there and skips what the block had left, which is harmless.
/// </summary>
/// <remarks>
/// Positions count up from 0 and never wrap (a long lasts for ever at any ticket rate); position p is nonce
/// 1 + (p mod 4,294,967,295), so nonces run 1 … uint.MaxValue and start over at 1, and the first ticket of a fresh
/// sender carries nonce 1 as go-livepeer's does. The tickets of one reservation get consecutive nonces: a run that
/// would cross the wrap starts after it instead.
/// </remarks>
public sealed class NonceLease
{
    /// <summary>How many nonces one turn of the sequence has (1 … uint.MaxValue; 0 is never used).</summary>
    public const long Turn = uint.MaxValue;

    /// <summary>A lease that holds nothing yet and starts at <paramref name="storedEnd"/>, the end last stored.</summary>
    public NonceLease(long storedEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(storedEnd);
        Next = storedEnd;
        End = storedEnd;
    }

    /// <summary>The position the next reservation starts at (or after, across a wrap).</summary>
    public long Next { get; private set; }

    /// <summary>The stored end: positions below it may be handed out.</summary>
    public long End { get; private set; }

    /// <summary>Positions still free below <see cref="End"/>.</summary>
    public long Remaining => End - Next;

    /// <summary>Takes <paramref name="count"/> consecutive nonces when the stored block holds them; false leaves the lease as it was.</summary>
    public bool TryTake(int count, out uint firstNonce)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var at = StartOfRun(Next, count);
        if (at + count > End)
        {
            firstNonce = 0;
            return false;
        }
        Next = at + count;
        firstNonce = NonceAt(at);
        return true;
    }

    /// <summary>The end to store so that <paramref name="count"/> nonces fit and <paramref name="block"/> more remain after them.</summary>
    public long EndCovering(int count, long block)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(block, 0);
        return Math.Max(End, StartOfRun(Next, count) + count) + block;
    }

    /// <summary>Records that <paramref name="storedEnd"/> is stored; an end below the current one changes nothing.</summary>
    public void Stored(long storedEnd) => End = Math.Max(End, storedEnd);

    /// <summary>The nonce at a position.</summary>
    public static uint NonceAt(long position) => (uint)(1 + (position % Turn));

    /// <summary>The position just after <paramref name="nonce"/> in the first turn: where a counter that reached it goes on from.</summary>
    public static long After(uint nonce) => nonce;

    // A run never crosses the wrap (an int count always fits in one turn).
    private static long StartOfRun(long next, int count) =>
        (next % Turn) + count > Turn ? ((next / Turn) + 1) * Turn : next;
}
