using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Tests.Selection;

// gateway-api.md §4.3: MinLSSelector and last-session reuse.
public sealed class MinLatencyScoreRuleTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0.4, true)]
    [InlineData(1.0, true)]
    [InlineData(1.01, false)]
    public void The_best_known_session_is_used_while_it_keeps_up_with_real_time(double score, bool useKnown) =>
        Assert.Equal(useKnown, MinLatencyScoreRule.UseKnown(score));

    [Fact]
    public void The_threshold_is_configurable_and_must_be_positive()
    {
        Assert.True(MinLatencyScoreRule.UseKnown(1.4, minLatencyScore: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => MinLatencyScoreRule.UseKnown(1, minLatencyScore: 0));
    }

    [Theory]
    [InlineData(0.0, false)] // never scored
    [InlineData(0.5, true)]
    [InlineData(1.0, true)]
    [InlineData(1.2, false)]
    public void With_nothing_in_flight_the_last_session_is_reused_when_its_score_is_known_and_fast(double score, bool reuse) =>
        Assert.Equal(reuse, MinLatencyScoreRule.CanReuseLastSession(score, null, Now));

    [Theory]
    [InlineData(1.9, 2.0, 1, true)]
    [InlineData(2.0, 2.0, 1, false)]
    [InlineData(3.9, 2.0, 2, true)]
    [InlineData(4.0, 2.0, 2, false)]
    [InlineData(1.4, 0.5, 1, true)] // the allowance is at least 1.5 s
    [InlineData(1.5, 0.5, 1, false)]
    public void With_segments_in_flight_the_oldest_must_be_younger_than_its_duration_allowance(double ageSeconds, double durationSeconds, int multiplier, bool reuse)
    {
        var oldest = new InFlightSegment(Now - TimeSpan.FromSeconds(ageSeconds), TimeSpan.FromSeconds(durationSeconds));

        // The score does not matter while segments are in flight.
        Assert.Equal(reuse, MinLatencyScoreRule.CanReuseLastSession(5.0, oldest, Now, multiplier));
    }
}
