using Livepeer.Protocol.Payments;

namespace Livepeer.Protocol.Tests.Payments;

public sealed class NonceLeaseTests
{
    [Fact]
    public void A_fresh_sender_starts_at_nonce_one_and_takes_consecutive_runs_within_the_stored_block()
    {
        var lease = new NonceLease(0);
        Assert.False(lease.TryTake(1, out _));
        lease.Stored(lease.EndCovering(3, 5));

        Assert.Equal(8, lease.End);
        Assert.True(lease.TryTake(3, out var first));
        Assert.Equal(1u, first);
        Assert.True(lease.TryTake(5, out first));
        Assert.Equal(4u, first);
        Assert.Equal(0, lease.Remaining);
        Assert.False(lease.TryTake(1, out _));
        Assert.Equal(8, lease.Next);
    }

    [Fact]
    public void A_run_that_does_not_fit_takes_nothing()
    {
        var lease = new NonceLease(0);
        lease.Stored(4);
        Assert.False(lease.TryTake(5, out _));
        Assert.Equal(0, lease.Next);
        Assert.True(lease.TryTake(4, out var first));
        Assert.Equal(1u, first);
        Assert.Throws<ArgumentOutOfRangeException>(() => lease.TryTake(0, out _));
    }

    [Fact]
    public void A_restart_goes_on_from_the_stored_end_and_skips_what_the_block_had_left()
    {
        var before = new NonceLease(0);
        before.Stored(100);
        Assert.True(before.TryTake(10, out _));

        var after = new NonceLease(before.End);
        Assert.False(after.TryTake(1, out _));
        after.Stored(after.EndCovering(1, 100));
        Assert.True(after.TryTake(1, out var first));
        Assert.Equal(101u, first);
        Assert.Equal(201, after.End);
    }

    [Fact]
    public void The_block_to_store_covers_the_run_asked_for_and_a_block_after_it()
    {
        var lease = new NonceLease(50);
        Assert.Equal(50 + 1000 + 10, lease.EndCovering(1000, 10));
        lease.Stored(2000);
        Assert.Equal(2000 + 10, lease.EndCovering(3, 10));
        lease.Stored(1500);
        Assert.Equal(2000, lease.End);
    }

    [Fact]
    public void Runs_never_cross_the_wrap_and_nonce_zero_is_never_used()
    {
        var lease = new NonceLease(NonceLease.Turn - 2);
        lease.Stored(lease.EndCovering(3, 10));
        Assert.True(lease.TryTake(2, out var first));
        Assert.Equal(uint.MaxValue - 1, first);
        Assert.True(lease.TryTake(3, out first));
        Assert.Equal(1u, first);
        Assert.Equal(NonceLease.Turn + 3, lease.Next);
        Assert.Equal(uint.MaxValue, NonceLease.NonceAt(NonceLease.Turn - 1));
        Assert.Equal(1u, NonceLease.NonceAt(NonceLease.Turn));
    }

    [Fact]
    public void A_run_near_the_wrap_is_covered_from_after_it()
    {
        var lease = new NonceLease(NonceLease.Turn - 1);
        Assert.Equal(NonceLease.Turn + 2 + 5, lease.EndCovering(2, 5));
    }

    [Fact]
    public void A_per_params_counter_is_passed_by_the_position_after_its_last_nonce()
    {
        var lease = new NonceLease(NonceLease.After(41));
        lease.Stored(lease.EndCovering(1, 1));
        Assert.True(lease.TryTake(1, out var first));
        Assert.Equal(42u, first);
    }
}
