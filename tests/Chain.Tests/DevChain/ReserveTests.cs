using System.Numerics;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.DevChain.Contracts;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Tests.DevChain;

// chain.md §10.6 scenario 5 and §2.10: what the deposit cannot cover comes from the recipient's share of the reserve.
[Collection(DevChainCollection.Name)]
public sealed class ReserveTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    private static readonly BigInteger Tenth = Ether / 10;

    /// <summary>Three more active transcoders: a pool of four, so each share is a quarter of the reserve.</summary>
    private async Task<EthAddress[]> GrowPoolToFourAsync()
    {
        var others = Enumerable.Range(0, 3).Select(_ => EthKey.Generate().Address).ToArray();
        foreach (var other in others)
        {
            await SendAsync(Deployer, D.BondingManager, DevChainAbi.EncodeSetTranscoder(other, registered: true, active: true, Ether));
        }
        Assert.Equal(4, LivepeerAbi.DecodeTranscoderPoolSize(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetTranscoderPoolSize())));
        return others;
    }

    private async Task<BigInteger> ClaimableAsync(EthAddress claimant) =>
        LivepeerAbi.DecodeClaimableReserve(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeClaimableReserve(Sender.Address, claimant)));

    private async Task<BigInteger> ClaimedAsync(EthAddress claimant) =>
        LivepeerAbi.DecodeClaimedReserve(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeClaimedReserve(Sender.Address, claimant)));

    [Fact]
    public async Task A_face_value_above_the_deposit_draws_the_recipients_share_of_the_reserve()
    {
        var others = await GrowPoolToFourAsync();
        await FundAsync(Sender, Tenth, Ether);
        Assert.Equal(Ether / 4, await ClaimableAsync(D.Orchestrator));

        var receipt = await RedeemAsync(await TicketAsync(Sender, 5 * Tenth));

        Assert.Equal(
            [LivepeerAbi.ReserveClaimedEvent.Topic0, LivepeerAbi.WinningTicketTransferEvent.Topic0, LivepeerAbi.WinningTicketRedeemedEvent.Topic0],
            receipt.Logs.Select(l => l.Topics[0]));
        Assert.Equal(new ReserveClaimedLog(Sender.Address, D.Orchestrator, Ether / 4), LivepeerAbi.DecodeReserveClaimed(receipt.Logs[0].ToEventLog()));
        Assert.Equal(Tenth + Ether / 4, LivepeerAbi.DecodeWinningTicketTransfer(receipt.Logs[1].ToEventLog()).Amount);

        var info = await SenderInfoAsync(Sender.Address);
        Assert.Equal(BigInteger.Zero, info.Deposit);
        Assert.Equal(Ether - Ether / 4, info.Reserve.FundsRemaining);
        Assert.Equal(Ether / 4, info.Reserve.ClaimedInCurrentRound);
        Assert.Equal(Ether / 4, await ClaimedAsync(D.Orchestrator));
        Assert.Equal(BigInteger.Zero, await ClaimableAsync(D.Orchestrator));
        // Shares are fixed for the round: another active transcoder can still claim a full quarter.
        Assert.Equal(Ether / 4, await ClaimableAsync(others[0]));
        Assert.Equal(Tenth + Ether / 4, await PendingFeesAsync(D.Orchestrator));
    }

    [Fact]
    public async Task Once_the_share_is_claimed_a_ticket_pays_nothing_but_is_still_used()
    {
        await GrowPoolToFourAsync();
        await FundAsync(Sender, Tenth, Ether);
        await RedeemAsync(await TicketAsync(Sender, 5 * Tenth));
        var second = await TicketAsync(Sender, 5 * Tenth);

        var receipt = await RedeemAsync(second);

        var log = Assert.Single(receipt.Logs);
        Assert.True(log.Is(LivepeerAbi.WinningTicketRedeemedEvent));
        Assert.True(await IsUsedAsync(second.Ticket.Hash()));
        Assert.Equal(Tenth + Ether / 4, await PendingFeesAsync(D.Orchestrator));
    }

    [Fact]
    public async Task A_new_round_gives_a_new_share_of_what_is_left()
    {
        await GrowPoolToFourAsync();
        await FundAsync(Sender, 0, Ether);
        await RedeemAsync(await TicketAsync(Sender, Ether));

        await StartNextRoundAsync();

        var info = await SenderInfoAsync(Sender.Address);
        Assert.Equal(BigInteger.Zero, info.Reserve.ClaimedInCurrentRound);
        Assert.Equal(BigInteger.Zero, await ClaimedAsync(D.Orchestrator));
        Assert.Equal((Ether - Ether / 4) / 4, await ClaimableAsync(D.Orchestrator));
    }

    [Fact]
    public async Task An_inactive_recipient_gets_no_reserve_and_with_no_deposit_no_transfer()
    {
        var inactive = EthKey.Generate().Address;
        await SendAsync(Deployer, D.BondingManager, DevChainAbi.EncodeSetTranscoder(inactive, registered: true, active: false, Ether));
        await FundAsync(Sender, 0, Ether);
        Assert.Equal(BigInteger.Zero, await ClaimableAsync(inactive));
        var winner = await TicketAsync(Sender, Tenth, recipient: inactive);

        var receipt = await RedeemAsync(winner);

        Assert.True(Assert.Single(receipt.Logs).Is(LivepeerAbi.WinningTicketRedeemedEvent));
        Assert.True(await IsUsedAsync(winner.Ticket.Hash()));
        Assert.Equal(Ether, (await SenderInfoAsync(Sender.Address)).Reserve.FundsRemaining);
    }

    [Fact]
    public async Task An_empty_pool_makes_nothing_claimable()
    {
        await SendAsync(Deployer, D.BondingManager, DevChainAbi.EncodeSetTranscoder(D.Orchestrator, registered: true, active: false, Ether));
        await FundAsync(Sender, 0, Ether);

        Assert.Equal(0, LivepeerAbi.DecodeTranscoderPoolSize(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetTranscoderPoolSize())));
        Assert.Equal(BigInteger.Zero, await ClaimableAsync(D.Orchestrator));
    }
}
