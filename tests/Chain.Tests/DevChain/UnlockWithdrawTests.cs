using System.Numerics;
using Livepeer.Chain.Contracts.Abi;

namespace Livepeer.Chain.Tests.DevChain;

// chain.md §10.6 scenario 6 and §2.6: unlock, the unlock period, withdraw and cancel.
[Collection(DevChainCollection.Name)]
public sealed class UnlockWithdrawTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    [Fact]
    public async Task Tickets_redeem_until_the_unlock_period_ends_then_withdraw_pays_out()
    {
        await FundAsync(Sender, Ether, Ether / 2);
        var round = await CurrentRoundAsync();

        var unlock = await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock());

        Assert.Equal(new UnlockLog(Sender.Address, round, round + 2), LivepeerAbi.DecodeUnlock(Assert.Single(unlock.Logs).ToEventLog()));
        Assert.True(LivepeerAbi.DecodeIsUnlockInProgress(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeIsUnlockInProgress(Sender.Address))));
        Assert.Equal("account is locked", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeWithdraw()));
        Assert.Equal("unlock already initiated", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock()));

        await StartNextRoundAsync();
        await RedeemAsync(await TicketAsync(Sender, Ether / 10));
        Assert.Equal("account is locked", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeWithdraw()));
        var late = await TicketAsync(Sender, Ether / 10);

        Assert.Equal(round + 2, await StartNextRoundAsync());
        Assert.Equal("sender is unlocked", await RedeemRevertAsync(late));

        var before = await BalanceAsync(Sender.Address);
        var withdrawal = await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeWithdraw());

        var expectedDeposit = Ether - Ether / 10;
        Assert.Equal(new WithdrawalLog(Sender.Address, expectedDeposit, Ether / 2), LivepeerAbi.DecodeWithdrawal(Assert.Single(withdrawal.Logs).ToEventLog()));
        var gas = withdrawal.GasUsed * withdrawal.EffectiveGasPrice!.Value;
        Assert.Equal(before + expectedDeposit + Ether / 2 - gas, await BalanceAsync(Sender.Address));
        var info = await SenderInfoAsync(Sender.Address);
        Assert.Equal(BigInteger.Zero, info.Deposit);
        Assert.Equal(BigInteger.Zero, info.Reserve.FundsRemaining);
        Assert.Equal(round + 2, info.WithdrawRound); // not reset by withdraw
        Assert.Equal("sender deposit and reserve are zero", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeWithdraw()));
        Assert.Equal("sender deposit and reserve are zero", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock()));
        // Unlocked and empty: the lock check comes first (§2.7 steps 11, 12).
        Assert.Equal("sender is unlocked", await RedeemRevertAsync(await TicketAsync(Sender, Ether / 10)));
    }

    [Fact]
    public async Task CancelUnlock_ends_the_unlock_and_needs_one_running()
    {
        Assert.Equal("no unlock request in progress", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeCancelUnlock()));
        await FundAsync(Sender, Ether, 0);
        Assert.Equal("no unlock request in progress", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeWithdraw()));
        await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock());

        var cancel = await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeCancelUnlock());

        Assert.Equal(new UnlockCancelledLog(Sender.Address), LivepeerAbi.DecodeUnlockCancelled(Assert.Single(cancel.Logs).ToEventLog()));
        Assert.Equal(0, (await SenderInfoAsync(Sender.Address)).WithdrawRound);
    }

    [Fact]
    public async Task Unlock_needs_a_deposit_or_reserve()
    {
        Assert.Equal("sender deposit and reserve are zero", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock()));
        Assert.Equal("sender deposit and reserve are zero", await RevertReasonAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeWithdraw()));
    }

    [Fact]
    public async Task The_unlock_period_is_an_owner_parameter()
    {
        var receipt = await SendAsync(Deployer, D.TicketBroker, Livepeer.DevChain.Contracts.DevChainAbi.EncodeSetUnlockPeriod(5));
        Assert.Equal("unlockPeriod", LivepeerAbi.DecodeParameterUpdate(Assert.Single(receipt.Logs).ToEventLog()));
        Assert.Equal(5, LivepeerAbi.DecodeUnlockPeriod(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeUnlockPeriod())));
        await FundAsync(Sender, Ether, 0);
        var round = await CurrentRoundAsync();

        var unlock = await SendAsync(Sender, D.TicketBroker, LivepeerAbi.EncodeUnlock());

        Assert.Equal(round + 5, LivepeerAbi.DecodeUnlock(Assert.Single(unlock.Logs).ToEventLog()).EndRound);
        Assert.Equal(
            "caller must be Controller owner",
            await RevertReasonAsync(Stranger, D.TicketBroker, Livepeer.DevChain.Contracts.DevChainAbi.EncodeSetUnlockPeriod(1)));
    }
}
