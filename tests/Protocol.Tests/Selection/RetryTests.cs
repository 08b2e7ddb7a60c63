using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Selection;
using static Livepeer.Protocol.Tests.Selection.TestOrchestrators;

namespace Livepeer.Protocol.Tests.Selection;

// gateway-api.md §4.3: up to 3 attempts per segment, each with a freshly selected orchestrator.
public sealed class RetryTests
{
    private static readonly OrchestratorCandidate[] Five = [.. Enumerable.Range(1, 5).Select(i => Orch(i, 1, i))];

    [Fact]
    public void A_plan_holds_up_to_max_attempts_distinct_orchestrators()
    {
        var selection = new ProbabilitySelection(new SelectionOptions());

        for (int seed = 0; seed < 200; seed++)
        {
            var plan = selection.PlanAttempts(Five, Transcode, new Random(seed));
            Assert.Equal(3, plan.Count);
            Assert.Equal(3, plan.Select(c => c.Address).Distinct().Count());
        }
    }

    [Fact]
    public void A_plan_never_includes_failed_orchestrators_and_counts_their_attempts()
    {
        var selection = new ProbabilitySelection(new SelectionOptions());
        EthAddress[] failed = [Address(5)];

        for (int seed = 0; seed < 200; seed++)
        {
            var plan = selection.PlanAttempts(Five, Transcode, new Random(seed), failed);
            Assert.Equal(2, plan.Count);
            Assert.DoesNotContain(plan, c => c.Address == Address(5));
        }
        Assert.Empty(selection.PlanAttempts(Five, Transcode, new Random(1), [Address(1), Address(2), Address(3)]));
    }

    [Fact]
    public void A_plan_is_shorter_when_fewer_are_eligible()
    {
        var selection = new ProbabilitySelection(new SelectionOptions { MaxAttempts = 5 });
        OrchestratorCandidate[] candidates = [Orch(1, 1, 1), Orch(2, 1, 1) with { ActiveThisRound = false }, Orch(3, 1, 1)];

        var plan = selection.PlanAttempts(candidates, Transcode, new Random(3));

        Assert.Equal([Address(1), Address(3)], plan.Select(c => c.Address).Order());
    }

    [Fact]
    public void Job_attempts_exclude_every_tried_orchestrator_and_stop_at_the_maximum()
    {
        var selection = new ProbabilitySelection(new SelectionOptions());
        var suspender = new Suspender();
        var attempts = new JobAttempts(selection.MaxAttempts);
        var rng = new Random(5);

        var seen = new List<EthAddress>();
        while (attempts.CanAttempt)
        {
            var result = attempts.Next(selection, Five, Transcode, rng, suspender);
            Assert.True(result.Succeeded);
            Assert.DoesNotContain(result.Selected.Address, seen);
            seen.Add(result.Selected.Address);
            attempts.RecordFailure(result.Selected.Address);
            suspender.Suspend(result.Selected.Address, 3);
        }

        Assert.Equal(3, attempts.Attempts);
        Assert.Equal(seen.ToHashSet(), attempts.Failed);
        var error = Assert.Throws<InvalidOperationException>(() => attempts.Next(selection, Five, Transcode, rng));
        Assert.StartsWith("transcoding failed on 3 orchestrator(s), the most allowed is 3: ", error.Message, StringComparison.Ordinal);

        // The next job starts fresh, but the failures' suspensions carry over.
        var next = new JobAttempts(3).Next(selection, Five, Transcode, rng, suspender);
        Assert.DoesNotContain(next.Selected!.Address, seen);
    }

    [Fact]
    public void Job_attempts_report_when_nobody_is_left()
    {
        var selection = new ProbabilitySelection(new SelectionOptions());
        var attempts = new JobAttempts(3);
        OrchestratorCandidate[] one = [Orch(1, 1, 1)];

        Assert.True(attempts.Next(selection, one, Transcode, new Random(1)).Succeeded);
        var second = attempts.Next(selection, one, Transcode, new Random(1));

        Assert.False(second.Succeeded);
        Assert.Equal("no orchestrator offers transcoding (1 known: 1 already tried)", second.Error);
        Assert.Equal(1, attempts.Attempts);
    }

    [Fact]
    public void Job_attempts_refuse_bad_input()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobAttempts(0));
        var error = Assert.Throws<InvalidOperationException>(() => new JobAttempts(3).RecordFailure(Address(1)));
        Assert.Contains("was not given this job", error.Message, StringComparison.Ordinal);
    }
}
