namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// Exponential backoff with "equal jitter": the n-th retry waits between half and all of
/// min(max, base·2^(n-1)). The random half keeps many clients that failed together from retrying
/// together; the fixed half keeps a retry from coming back at once.
/// </summary>
public static class RetryBackoff
{
    /// <param name="retry">1 for the first retry.</param>
    /// <param name="unitRandom">A value in [0, 1).</param>
    public static TimeSpan Delay(int retry, TimeSpan backoffBase, TimeSpan backoffMax, double unitRandom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        if (unitRandom is < 0 or >= 1 || double.IsNaN(unitRandom))
        {
            throw new ArgumentOutOfRangeException(nameof(unitRandom), unitRandom, "must be in [0, 1)");
        }
        // Doubling past 2^30 overflows long before any sane BackoffMax; the cap applies anyway.
        double ceilingTicks = Math.Min(backoffMax.Ticks, backoffBase.Ticks * Math.Pow(2, Math.Min(retry - 1, 30)));
        return TimeSpan.FromTicks((long)(ceilingTicks / 2 + unitRandom * ceilingTicks / 2));
    }
}
