using Livepeer.Protocol.Selection;
using static Livepeer.Protocol.Tests.Selection.TestOrchestrators;

namespace Livepeer.Protocol.Tests.Selection;

// gateway-api.md §4.2 step 4 and §4.6.
public sealed class SuspenderTests
{
    [Fact]
    public void A_suspended_orchestrator_sits_out_penalty_refreshes_then_returns()
    {
        var suspender = new Suspender();
        suspender.SignalRefresh(); // some history before the failure
        suspender.Suspend(Address(1), 3);

        Assert.True(suspender.IsSuspended(Address(1)));
        for (int refresh = 1; refresh <= 3; refresh++)
        {
            suspender.SignalRefresh();
            Assert.True(suspender.IsSuspended(Address(1)), $"still suspended in refresh {refresh} of 3");
        }
        suspender.SignalRefresh();
        Assert.False(suspender.IsSuspended(Address(1)));
        Assert.Null(suspender.SuspendedThrough(Address(1)));
        Assert.False(suspender.IsSuspended(Address(2)));
    }

    [Fact]
    public void Failing_again_while_suspended_extends_the_suspension()
    {
        var suspender = new Suspender();
        suspender.Suspend(Address(1), 2);
        suspender.SignalRefresh();
        suspender.Suspend(Address(1), 2);

        Assert.Equal(4, suspender.SuspendedThrough(Address(1)));
        suspender.SignalRefreshes(3);
        Assert.True(suspender.IsSuspended(Address(1)));
        suspender.SignalRefresh();
        Assert.False(suspender.IsSuspended(Address(1)));

        // Once released, a new failure counts from now again.
        suspender.Suspend(Address(1), 1);
        Assert.Equal(6, suspender.SuspendedThrough(Address(1)));
    }

    [Fact]
    public void Penalties_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Suspender().Suspend(Address(1), 0));
        Assert.Contains("at least 1 refresh", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Suspender().SignalRefreshes(-1));
    }

    [Fact]
    public void Hold_back_uses_suspended_ones_lowest_penalty_first_only_to_fill_up()
    {
        var suspender = new Suspender();
        suspender.Suspend(Address(1), 5);
        suspender.Suspend(Address(2), 1);
        suspender.Suspend(Address(3), 3);
        int[] discovered = [1, 2, 3, 4, 5];

        Assert.Equal([4, 5], suspender.HoldBack(discovered, Address, wanted: 2));
        Assert.Equal([4, 5, 2], suspender.HoldBack(discovered, Address, wanted: 3));
        Assert.Equal([4, 5, 2, 3, 1], suspender.HoldBack(discovered, Address, wanted: 8));
    }

    [Fact]
    public void State_round_trips_and_drops_spent_suspensions()
    {
        var suspender = new Suspender();
        suspender.Suspend(Address(1), 1);
        suspender.Suspend(Address(2), 4);
        suspender.SignalRefreshes(2);

        var state = suspender.ToState();
        Assert.Equal(2, state.RefreshCount);
        Assert.Equal(new Dictionary<string, long> { [Address(2).ToLowerHex()] = 4 }, state.SuspendedThrough);

        var restored = new Suspender(state);
        Assert.Equal(2, restored.RefreshCount);
        Assert.True(restored.IsSuspended(Address(2)));
        Assert.False(restored.IsSuspended(Address(1)));
        Assert.Equal([Address(2)], restored.Suspended);
    }

    [Fact]
    public void A_malformed_state_is_refused_with_the_reason()
    {
        var badAddress = new SuspenderState(0, new Dictionary<string, long> { ["0x1234"] = 3 });
        Assert.Contains("bad address \"0x1234\"", Assert.Throws<ArgumentException>(() => new Suspender(badAddress)).Message, StringComparison.Ordinal);

        var twice = new SuspenderState(0, new Dictionary<string, long>
        {
            [Address(1).ToLowerHex()] = 3,
            [Address(1).ToLowerHex().Replace("0x", "0X", StringComparison.Ordinal)] = 4,
        });
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => new Suspender(twice)).Message, StringComparison.Ordinal);

        var negative = new SuspenderState(-1, new Dictionary<string, long>());
        Assert.Contains("must not be negative", Assert.Throws<ArgumentException>(() => new Suspender(negative)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_orchestrator_is_not_picked_during_its_penalty_and_is_picked_after_it()
    {
        OrchestratorCandidate[] candidates = [Orch(1, 1, 1_000), Orch(2, 1, 1), Orch(3, 1, 1)];
        var selection = new ProbabilitySelection(new SelectionOptions());
        var suspender = new Suspender();
        const int penalty = 2;

        suspender.Suspend(candidates[0].Address, penalty);
        for (int refresh = 0; refresh <= penalty; refresh++)
        {
            var frequencies = Frequencies(selection, candidates, Transcode, seed: refresh, draws: 1_000, suspender);
            Assert.False(frequencies.ContainsKey(candidates[0].Address), $"picked while suspended (refresh {refresh})");
            suspender.SignalRefresh();
        }

        // Back in: with most of the stake it is the usual pick again.
        var after = Frequencies(selection, candidates, Transcode, seed: 99, draws: 1_000, suspender);
        Assert.InRange(after[candidates[0].Address], 0.7 * 1_000 / 1_002.0 + 0.1 - 0.04, 0.7 * 1_000 / 1_002.0 + 0.1 + 0.04);
    }

    [Fact]
    public void Suspended_orchestrators_are_used_only_when_nobody_else_is_left()
    {
        OrchestratorCandidate[] candidates = [Orch(1, 1, 1_000), Orch(2, 1, 1_000), Orch(3, 1, 1)];
        var selection = new ProbabilitySelection(new SelectionOptions());
        var suspender = new Suspender();
        suspender.Suspend(candidates[0].Address, 5);
        suspender.Suspend(candidates[1].Address, 2);

        var freeOne = Frequencies(selection, candidates, Transcode, seed: 1, draws: 1_000, suspender);
        Assert.Equal([candidates[2].Address], freeOne.Keys);

        // All suspended: the one released soonest is used.
        suspender.Suspend(candidates[2].Address, 3);
        var result = selection.Select(candidates, Transcode, new Random(1), suspender: suspender);
        Assert.Same(candidates[1], result.Selected);
        Assert.True(result.Filter.SuspendedFallback);
        Assert.Equal(2, result.Filter.Rejected.Count(r => r.Reason == RejectionReason.Suspended));

        // A price rule still beats suspension: the free one above the max does not replace a suspended one under it.
        var priced = new ProbabilitySelection(new SelectionOptions { MaxPrice = 10 });
        OrchestratorCandidate[] mixed = [Orch(1, 5, 1), Orch(4, 50, 1)];
        Assert.Same(mixed[0], priced.Select(mixed, Transcode, new Random(1), suspender: suspender).Selected);
    }

    [Fact]
    public void Advancing_the_refresh_count_by_the_penalty_releases_everyone()
    {
        var suspender = new Suspender();
        suspender.Suspend(Address(1), 3);
        suspender.Suspend(Address(2), 3);

        suspender.SignalRefreshes(4);

        Assert.Empty(suspender.Suspended);
        Assert.Empty(suspender.ToState().SuspendedThrough);

        suspender.Suspend(Address(3), 3);
        suspender.ReleaseAll();
        Assert.False(suspender.IsSuspended(Address(3)));
    }
}
