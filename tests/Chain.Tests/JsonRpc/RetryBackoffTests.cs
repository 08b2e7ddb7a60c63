using CsCheck;
using Livepeer.Chain.JsonRpc;

namespace Livepeer.Chain.Tests.JsonRpc;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(1, 0.0, 50)]
    [InlineData(1, 0.999999, 100)]
    [InlineData(2, 0.0, 100)]
    [InlineData(3, 0.5, 300)]
    [InlineData(5, 0.0, 800)]
    [InlineData(6, 0.0, 1000)]
    [InlineData(50, 0.0, 1000)]
    [InlineData(int.MaxValue, 0.999999, 2000)]
    public void Delays_double_per_retry_with_jitter_in_the_upper_half_up_to_the_cap(int retry, double random, int expectedMs)
    {
        Assert.Equal(expectedMs, RetryBackoff.Delay(retry, Base, Max, random).TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void Every_delay_is_between_half_and_all_of_its_ceiling()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Double[0, 0.9999999]).Sample((retry, random) =>
        {
            var ceiling = Math.Min(Max.TotalMilliseconds, Base.TotalMilliseconds * Math.Pow(2, retry - 1));
            var delay = RetryBackoff.Delay(retry, Base, Max, random).TotalMilliseconds;
            Assert.InRange(delay, ceiling / 2 - 0.001, ceiling + 0.001);
        });
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.Delay(0, Base, Max, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.Delay(1, Base, Max, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.Delay(1, Base, Max, double.NaN));
    }
}
