using System.Numerics;
using Livepeer.Chain.Contracts.Abi;

namespace Livepeer.Chain.Tests.DevChain;

// chain.md §10.6 scenario 1 and §2.4–§2.6: funding, the 4-word sender info, unlock cancellation by self-funding.
[Collection(DevChainCollection.Name)]
public sealed class FundingTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    [Fact]
    public async Task FundDepositAndReserve_is_read_back_by_getSenderInfo_with_ReserveFunded_then_DepositFunded()
    {
        var receipt = await FundAsync(Sender, Ether, Ether / 2);

        var info = await SenderInfoAsync(Sender.Address);
        Assert.Equal(Ether, info.Deposit);
        Assert.Equal(0, info.WithdrawRound);
        Assert.Equal(Ether / 2, info.Reserve.FundsRemaining);
        Assert.Equal(BigInteger.Zero, info.Reserve.ClaimedInCurrentRound);

        // The exact 4-word layout of §2.5.
        var raw = await CallAsync(D.TicketBroker, LivepeerAbi.EncodeGetSenderInfo(Sender.Address));
        Assert.Equal(128, raw.Length);
        Assert.Equal("0de0b6b3a7640000", Convert.ToHexStringLower(raw.AsSpan(24, 8)));
        Assert.Equal("06f05b59d3b20000", Convert.ToHexStringLower(raw.AsSpan(88, 8)));

        Assert.Collection(
            receipt.Logs,
            log =>
            {
                var reserve = LivepeerAbi.DecodeReserveFunded(log.ToEventLog());
                Assert.Equal(Sender.Address, reserve.ReserveHolder);
                Assert.Equal(Ether / 2, reserve.Amount);
            },
            log =>
            {
                var deposit = LivepeerAbi.DecodeDepositFunded(log.ToEventLog());
                Assert.Equal(Sender.Address, deposit.Sender);
                Assert.Equal(Ether, deposit.Amount);
            });
        Assert.All(receipt.Logs, log => Assert.Equal(D.TicketBroker, log.Address));
    }

    [Fact]
    public async Task The_value_must_equal_deposit_plus_reserve()
    {
        var reason = await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeFundDepositAndReserve(Ether, Ether), Ether);
        Assert.Equal("msg.value does not equal sum of deposit amount and reserve amount", reason);
    }

    [Fact]
    public async Task FundDeposit_and_FundReserve_add_to_the_callers_balances()
    {
        var deposit = await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeFundDeposit(), 3 * Ether);
        await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeFundDeposit(), 1 * Ether);
        var reserve = await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeFundReserve(), 2 * Ether);

        var info = await SenderInfoAsync(Sender.Address);
        Assert.Equal(4 * Ether, info.Deposit);
        Assert.Equal(2 * Ether, info.Reserve.FundsRemaining);
        Assert.Equal(3 * Ether, LivepeerAbi.DecodeDepositFunded(Assert.Single(deposit.Logs).ToEventLog()).Amount);
        Assert.Equal(2 * Ether, LivepeerAbi.DecodeReserveFunded(Assert.Single(reserve.Logs).ToEventLog()).Amount);
        Assert.Equal(6 * Ether, await BalanceAsync(D.TicketBroker) - D.Deposit - D.Reserve);
    }

    [Fact]
    public async Task FundDepositAndReserveFor_credits_another_account_without_cancelling_its_unlock()
    {
        await FundAsync(Sender, Ether, 0);
        await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock());

        var receipt = await SendAsync(Stranger, D.TicketBroker, LivepeerAbi.EncodeFundDepositAndReserveFor(Sender.Address, Ether, Ether), 2 * Ether);

        var info = await SenderInfoAsync(Sender.Address);
        Assert.Equal(2 * Ether, info.Deposit);
        Assert.Equal(Ether, info.Reserve.FundsRemaining);
        Assert.NotEqual(0, info.WithdrawRound);
        Assert.DoesNotContain(receipt.Logs, log => log.Is(LivepeerAbi.UnlockCancelledEvent));
        Assert.Equal(Sender.Address, LivepeerAbi.DecodeDepositFunded(receipt.Logs[^1].ToEventLog()).Sender);
    }

    [Fact]
    public async Task Funding_ones_own_account_cancels_a_running_unlock_first()
    {
        await FundAsync(Sender, Ether, 0);
        await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock());

        var receipt = await FundAsync(Sender, Ether, Ether);

        Assert.Equal(
            [LivepeerAbi.UnlockCancelledEvent.Topic0, LivepeerAbi.ReserveFundedEvent.Topic0, LivepeerAbi.DepositFundedEvent.Topic0],
            receipt.Logs.Select(l => l.Topics[0]));
        Assert.Equal(0, (await SenderInfoAsync(Sender.Address)).WithdrawRound);
        Assert.False(LivepeerAbi.DecodeIsUnlockInProgress(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeIsUnlockInProgress(Sender.Address))));
    }

    [Fact]
    public async Task Funding_reverts_while_the_system_is_paused()
    {
        await SendAsync(Deployer, D.Controller, Livepeer.DevChain.Contracts.DevChainAbi.Pause.EncodeCall());
        Assert.True(LivepeerAbi.DecodePaused(await CallAsync(D.Controller, LivepeerAbi.EncodePaused())));

        Assert.Equal("system is paused", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeFundDeposit(), Ether));
    }
}
