using System.Numerics;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Protocol.Payments;

namespace Livepeer.Chain.Tests.DevChain;

// chain.md §10.6 scenarios 3 and 4: tickets made and signed by our Protocol code redeem on the TicketBroker double.
[Collection(DevChainCollection.Name)]
public sealed class RedemptionTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    [Fact]
    public async Task A_winning_ticket_pays_its_face_value_from_the_deposit_and_is_then_used()
    {
        await FundAsync(Sender, Ether, Ether / 2);
        var winner = await TicketAsync(Sender, Ether / 10);
        Assert.True(winner.Ticket.IsWinning(winner.Signature, winner.RecipientRand));
        var calldata = LivepeerAbi.EncodeRedeemWinningTicket(winner);

        Assert.Empty(await CallAsync(D.TicketBroker, calldata, Orchestrator.Address));
        var receipt = await RedeemAsync(winner);

        Assert.Equal(
            [LivepeerAbi.WinningTicketTransferEvent.Topic0, LivepeerAbi.WinningTicketRedeemedEvent.Topic0],
            receipt.Logs.Select(l => l.Topics[0]));
        var transfer = LivepeerAbi.DecodeWinningTicketTransfer(receipt.Logs[0].ToEventLog());
        Assert.Equal(new WinningTicketTransferLog(Sender.Address, D.Orchestrator, Ether / 10), transfer);
        var redeemed = LivepeerAbi.DecodeWinningTicketRedeemed(receipt.Logs[1].ToEventLog());
        Assert.Equal(Sender.Address, redeemed.Sender);
        Assert.Equal(D.Orchestrator, redeemed.Recipient);
        Assert.Equal(winner.Ticket.FaceValue, redeemed.FaceValue);
        Assert.Equal(winner.Ticket.WinProb, redeemed.WinProb);
        Assert.Equal(new BigInteger(winner.Ticket.SenderNonce), redeemed.SenderNonce);
        Assert.Equal(winner.RecipientRand, redeemed.RecipientRand);
        Assert.Equal(winner.Ticket.AuxData(), redeemed.AuxData);
        Assert.Equal(256, receipt.Logs[1].Data.Length);

        var info = await SenderInfoAsync(Sender.Address);
        Assert.Equal(Ether - Ether / 10, info.Deposit);
        Assert.Equal(Ether / 2, info.Reserve.FundsRemaining);
        Assert.True(await IsUsedAsync(winner.Ticket.Hash()));
        Assert.Equal(Ether / 10, await PendingFeesAsync(D.Orchestrator));
        Assert.Equal(Ether / 10, await BalanceAsync(D.BondingManager));

        Assert.Equal("ticket is used", await RedeemRevertAsync(winner));
    }

    [Fact]
    public async Task The_chain_hashes_our_tickets_as_Ticket_Hash_does()
    {
        var winner = await TicketAsync(Sender, 12345, winProb: BigInteger.Pow(2, 200) + 7);

        var onChain = LivepeerAbi.DecodeTicketHash(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeGetTicketHash(winner.Ticket)));

        Assert.Equal(winner.Ticket.Hash(), onChain);
    }

    [Fact]
    public async Task Anyone_may_submit_the_redemption_and_the_recipient_is_paid()
    {
        await FundAsync(Sender, Ether, 0);
        var winner = await TicketAsync(Sender, Ether / 4);

        await RedeemAsync(winner, submitter: Stranger);

        Assert.Equal(Ether / 4, await PendingFeesAsync(D.Orchestrator));
        Assert.Equal(BigInteger.Zero, await PendingFeesAsync(Stranger.Address));
    }

    [Fact]
    public async Task The_orchestrator_withdraws_its_fees_as_ETH()
    {
        await FundAsync(Sender, Ether, 0);
        await RedeemAsync(await TicketAsync(Sender, Ether / 2));
        var payee = Livepeer.Protocol.Crypto.EthKey.Generate().Address;

        var receipt = await SendAsync(Orchestrator, D.BondingManager, LivepeerAbi.EncodeWithdrawFees(payee, Ether / 5));

        Assert.Equal(Ether / 5, await BalanceAsync(payee));
        Assert.Equal(Ether / 2 - Ether / 5, await PendingFeesAsync(D.Orchestrator));
        Assert.Single(receipt.Logs);
        Assert.Equal(
            "insufficient fees to withdraw",
            await RevertReasonAsync(Orchestrator, D.BondingManager, LivepeerAbi.EncodeWithdrawFees(payee, Ether)));
    }

    [Fact]
    public async Task A_ticket_redeems_in_its_creation_round_and_the_next_and_expires_after_the_validity_period()
    {
        await FundAsync(Sender, Ether, 0);
        var created = await CurrentRoundAsync();
        var first = await TicketAsync(Sender, 1000);
        var second = await TicketAsync(Sender, 1000);

        await RedeemAsync(first);
        Assert.Equal(created + 1, await StartNextRoundAsync());
        await RedeemAsync(second);
        var third = await TicketAsync(Sender, 1000, creationRound: created, creationRoundBlockHash: first.Ticket.CreationRoundBlockHash);
        Assert.Equal(created + 2, await StartNextRoundAsync());

        // ticketValidityPeriod = 2: created + 2 > currentRound no longer holds.
        Assert.Equal("ticket is expired", await RedeemRevertAsync(third));
        Assert.Equal(created + 3, await StartNextRoundAsync());
        Assert.Equal("ticket is expired", await RedeemRevertAsync(third));
    }

    [Fact]
    public async Task A_longer_validity_period_keeps_old_tickets_redeemable()
    {
        await FundAsync(Sender, Ether, 0);
        var winner = await TicketAsync(Sender, 1000);
        var receipt = await SendAsync(Deployer, D.TicketBroker, Livepeer.DevChain.Contracts.DevChainAbi.EncodeSetTicketValidityPeriod(3));
        Assert.Equal("ticketValidityPeriod", LivepeerAbi.DecodeParameterUpdate(Assert.Single(receipt.Logs).ToEventLog()));
        await StartNextRoundAsync();
        await StartNextRoundAsync();

        await RedeemAsync(winner);

        Assert.True(await IsUsedAsync(winner.Ticket.Hash()));
    }

    [Fact]
    public async Task A_batch_redeems_the_good_tickets_and_skips_the_bad_ones()
    {
        await FundAsync(Sender, Ether, 0);
        var good1 = await TicketAsync(Sender, 100);
        var losing = await TicketAsync(Sender, 100, winProb: BigInteger.Zero);
        var good2 = await TicketAsync(Sender, 200);

        var receipt = await SendAsync(Orchestrator, D.TicketBroker, LivepeerAbi.EncodeBatchRedeemWinningTickets([good1, losing, good2]));

        var redeemed = receipt.Logs.Where(l => l.Is(LivepeerAbi.WinningTicketRedeemedEvent))
            .Select(l => LivepeerAbi.DecodeWinningTicketRedeemed(l.ToEventLog()).SenderNonce).ToList();
        Assert.Equal([new BigInteger(good1.Ticket.SenderNonce), new BigInteger(good2.Ticket.SenderNonce)], redeemed);
        Assert.False(await IsUsedAsync(losing.Ticket.Hash()));
        Assert.Equal(new BigInteger(300), await PendingFeesAsync(D.Orchestrator));
    }

    [Fact]
    public async Task A_batch_with_fewer_signatures_than_tickets_reverts_with_a_panic()
    {
        await FundAsync(Sender, Ether, 0);
        var a = await TicketAsync(Sender, 100);
        var b = await TicketAsync(Sender, 100);
        var calldata = LivepeerAbi.BatchRedeemWinningTickets.EncodeCall(
            Livepeer.Chain.Abi.AbiValue.List(LivepeerAbi.TicketValue(a.Ticket), LivepeerAbi.TicketValue(b.Ticket)),
            Livepeer.Chain.Abi.AbiValue.List(Livepeer.Chain.Abi.AbiValue.Bytes(a.Signature)),
            Livepeer.Chain.Abi.AbiValue.List(a.RecipientRand.ToUInt256(), b.RecipientRand.ToUInt256()));

        var reason = await RevertReasonAsync(Orchestrator, D.TicketBroker, calldata);

        Assert.Contains("0x32", reason, StringComparison.Ordinal);
    }
}
