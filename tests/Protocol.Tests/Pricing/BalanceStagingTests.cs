using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;

namespace Livepeer.Protocol.Tests.Pricing;

// pm-protocol.md §10.2 steps 2–5 and §12.1 "Balance staging" (core/accounting_test).
public sealed class BalanceStagingTests
{
    [Theory]
    [InlineData("2", "1", "1", 0, "0")]
    [InlineData("2", "2", "1", 0, "0")]
    [InlineData("1", "5", "1", 4, "4")]
    [InlineData("1/4", "2", "1", 2, "2")]
    [InlineData("-5", "2", "1", 7, "7")]
    public void Stage_matches_go_livepeer(string existing, string minCredit, string ev, int tickets, string newCredit)
    {
        var update = BalanceStaging.Stage(BigRational.Parse(existing), BigRational.Parse(minCredit), BigRational.Parse(ev));
        Assert.Equal(tickets, update.NumTickets);
        Assert.Equal(BigRational.Parse(newCredit), update.NewCredit);
        Assert.Equal(BigRational.Parse(existing), update.ExistingCredit);
    }

    [Fact]
    public void Min_credit_is_the_larger_of_fee_and_ev()
    {
        Assert.Equal(new BigRational(7), BalanceStaging.MinCredit(7, 5));
        Assert.Equal(new BigRational(5), BalanceStaging.MinCredit(3, 5));
        var update = BalanceStaging.StageForFee(0, new BigRational(21, 2), 5);
        Assert.Equal(3, update.NumTickets);
        Assert.Equal(new BigRational(15), update.NewCredit);
    }

    [Fact]
    public void Zero_ev_needs_no_tickets()
    {
        Assert.Equal(0, BalanceStaging.Stage(0, 10, 0).NumTickets);
    }

    [Fact]
    public void Settlement_follows_the_status()
    {
        var session = new SessionBalance(3);
        var update = session.Stage(fee: 10, ev: 4);
        Assert.Equal(BigRational.Zero, session.Current); // reserved while in flight
        Assert.Equal(2, update.NumTickets);               // ceil((10 − 3) / 4)

        Assert.Equal(new BigRational(3), update.Settlement(BalanceUpdateStatus.Staged, 100));
        Assert.Equal(BigRational.Zero, update.Settlement(BalanceUpdateStatus.CreditSpent, 100));
        Assert.Equal(new BigRational(3 + 8 - 9), update.Settlement(BalanceUpdateStatus.ReceivedChange, 9));
        Assert.Equal(new BigRational(-1), update.Settlement(BalanceUpdateStatus.ReceivedChange, 12));

        session.Complete(update, BalanceUpdateStatus.ReceivedChange, BalanceStaging.Debit(3, 3));
        Assert.Equal(new BigRational(2), session.Current);
    }

    [Fact]
    public void Staged_request_gives_back_only_the_reserved_credit()
    {
        var session = new SessionBalance(new BigRational(1, 4));
        var update = session.Stage(2, 1);
        session.Complete(update, BalanceUpdateStatus.Staged, 0);
        Assert.Equal(new BigRational(1, 4), session.Current);
        var spent = session.Stage(2, 1);
        session.Complete(spent, BalanceUpdateStatus.CreditSpent, 0);
        Assert.Equal(BigRational.Zero, session.Current);
    }
}
