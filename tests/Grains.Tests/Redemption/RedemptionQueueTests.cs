using System.Numerics;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Redemption;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tests.Redemption;

[Collection(ClusterCollection.Name)]
public sealed class RedemptionQueueTests(ClusterFixture fixture)
{
    private const long TicketEV = 1_000_000;
    private const long FaceValue = 2_000_000; // win probability ≈ 1/2

    [Fact]
    public async Task Winners_are_redeemed_once_after_their_params_expire_and_the_deposit_drops_by_their_face_values()
    {
        var (setup, winners) = await WinnersAsync(tickets: 40);
        var depositBefore = await DepositAsync(setup.Sender.Address);

        var early = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber);
        Assert.Equal(new RedemptionRun(0, 0, winners, false), early);

        // The watcher sees the block at which the params expire and wakes the queue.
        await fixture.MineAsync(PmConstants.ParamsExpirationBlocks);
        var snapshot = await setup.Queue.GetSnapshot();
        Assert.Empty(snapshot.Pending);
        Assert.Equal(winners, snapshot.Redeemed.Count);
        Assert.All(snapshot.Redeemed, w =>
        {
            Assert.NotNull(w.TransactionHash);
            Assert.Equal(1, w.Attempts);
            Assert.Equal(FaceValue, w.AmountPaid);
        });
        Assert.Equal(depositBefore - (winners * FaceValue), await DepositAsync(setup.Sender.Address));

        var again = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber + 1);
        Assert.Equal(new RedemptionRun(0, 0, 0, false), again);
        Assert.Equal(depositBefore - (winners * FaceValue), await DepositAsync(setup.Sender.Address));
        Assert.DoesNotContain(setup.Orchestrator, await fixture.Round.GetRedemptionQueues());
    }

    [Fact]
    public async Task A_replayed_payment_reports_its_winners_again_but_the_queue_keeps_one_of_each()
    {
        var (setup, winners) = await WinnersAsync(tickets: 20);

        var replay = await setup.Receiver.ReceivePayment(setup.Header, "s1");

        Assert.StartsWith("invalid ticket senderNonce: already seen", replay.Error);
        Assert.Equal(winners, replay.WinnerCount);
        Assert.Equal(winners, (await setup.Queue.GetSnapshot()).Pending.Count);
    }

    [Fact]
    public async Task A_winner_already_redeemed_elsewhere_fails_for_good_and_is_not_retried()
    {
        var (setup, winners) = await WinnersAsync(tickets: 20);
        fixture.Chain.MineBlocks(PmConstants.ParamsExpirationBlocks);
        var replayed = WinningTickets(setup).First();
        await fixture.Chain.RedeemWinningTicketAsync(replayed);

        var run = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber);
        var again = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber + 1);

        Assert.Equal(new RedemptionRun(winners - 1, 1, 0, false), run);
        Assert.Equal(new RedemptionRun(0, 0, 0, false), again);
        var failed = Assert.Single((await setup.Queue.GetSnapshot()).Failed);
        Assert.Equal(replayed.Ticket.Hash(), failed.TicketHash);
        Assert.Equal(RedemptionQueueGrain.TicketAlreadyUsed, failed.LastError);
        Assert.Equal(0, failed.Attempts);
    }

    [Fact]
    public async Task Chain_unavailable_leaves_winners_pending_and_a_later_block_redeems_them()
    {
        var (setup, winners) = await WinnersAsync(tickets: 20);
        fixture.Chain.MineBlocks(PmConstants.ParamsExpirationBlocks);

        fixture.Chain.Unavailable = true;
        RedemptionRun down;
        try
        {
            down = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber);
        }
        finally
        {
            fixture.Chain.Unavailable = false;
        }
        var up = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber + 1);

        Assert.Equal(new RedemptionRun(0, 0, winners, true), down);
        Assert.Equal(new RedemptionRun(winners, 0, 0, false), up);
    }

    [Fact]
    public async Task A_redemption_mined_but_unanswered_is_found_used_next_block_and_never_sent_twice()
    {
        var (setup, winners) = await WinnersAsync(tickets: 20);
        fixture.Chain.MineBlocks(PmConstants.ParamsExpirationBlocks);
        int receiptsBefore = fixture.Chain.Receipts.Count;

        fixture.SiloChain.LoseRedeemAnswers(1);
        var cut = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber);
        var sending = (await setup.Queue.GetSnapshot()).Pending.Where(w => w.Status == RedemptionStatus.Sending).ToArray();
        var next = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber + 1);

        Assert.True(cut.ChainUnavailable);
        Assert.Single(sending);
        Assert.Equal(new RedemptionRun(winners, 0, 0, false), next);
        Assert.Equal(winners, fixture.Chain.Receipts.Count - receiptsBefore);
        var recovered = (await setup.Queue.GetSnapshot()).Redeemed.Single(w => w.TicketHash == sending[0].TicketHash);
        Assert.Equal(RedemptionQueueGrain.UsedBeforeRestart, recovered.LastError);
        Assert.Null(recovered.TransactionHash);
    }

    [Fact]
    public async Task A_winner_waits_while_redeeming_costs_more_than_its_face_value()
    {
        var (setup, winners) = await WinnersAsync(tickets: 20);
        fixture.Chain.MineBlocks(PmConstants.ParamsExpirationBlocks);
        var dearGas = (new BigInteger(FaceValue) / PmConstants.RedeemGasL1) + 1;

        fixture.Chain.SetGasPrice(dearGas);
        RedemptionRun waiting;
        try
        {
            waiting = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber);
        }
        finally
        {
            fixture.Chain.SetGasPrice(0);
        }
        var pending = (await setup.Queue.GetSnapshot()).Pending;
        var cheap = await setup.Queue.OnNewBlock(fixture.Chain.BlockNumber + 1);

        Assert.Equal(new RedemptionRun(0, 0, winners, false), waiting);
        Assert.All(pending, w => Assert.Equal(RedemptionQueueGrain.FaceValueBelowTxCost, w.LastError));
        Assert.Equal(new RedemptionRun(winners, 0, 0, false), cheap);
    }

    private async Task<BigInteger> DepositAsync(EthAddress sender) => (await fixture.Chain.GetSenderInfoAsync(sender)).Deposit;

    /// <summary>A new orchestrator and sender, and one payment of <paramref name="tickets"/> tickets; fails the test if none won.</summary>
    private async Task<(Setup Setup, int Winners)> WinnersAsync(int tickets)
    {
        // Other tests mine without polling; params must expire 40 blocks after the chain's real head.
        await fixture.PollAsync();
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(TicketEV, FaceValue);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        Assert.Equal(FaceValue, quote.TicketParams.FaceValue);
        var batch = Payments.Sign(quote, sender, firstNonce: 1, count: tickets);
        var header = Payments.Header(batch);
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address));
        var receipt = await receiver.ReceivePayment(header, "s1");
        Assert.True(receipt.Succeeded, receipt.Error);
        // P(no winner among 20 tickets at 1/2) = 2^-20.
        Assert.True(receipt.WinnerCount > 0, "no ticket won");
        var queue = fixture.Client.GetGrain<IRedemptionQueueGrain>(address.ToLowerHex());
        Assert.Equal(receipt.WinnerCount, (await queue.GetSnapshot()).Pending.Count);
        Assert.Contains(address, await fixture.Round.GetRedemptionQueues());
        return (new Setup(orchestrator, address, sender, quote, batch, header, receiver, queue), receipt.WinnerCount);
    }

    /// <summary>The winners of the setup's payment, found with the orchestrator's secret as a replaying party would have them.</summary>
    private static IEnumerable<WinningTicket> WinningTickets(Setup setup)
    {
        var secret = setup.OrchestratorGrain.GetReceiverSettings().GetAwaiter().GetResult().Secret;
        var rand = RecipientRand.Compute(secret, setup.Quote.TicketParams, setup.Sender.Address, setup.Batch.ExpirationParams);
        for (int i = 0; i < setup.Batch.Count; i++)
        {
            var ticket = setup.Batch.TicketAt(i);
            var signature = setup.Batch.SenderParams[i].Signature;
            if (ticket.IsWinning(signature, rand))
            {
                yield return new WinningTicket(ticket, signature, rand);
            }
        }
    }

    private sealed record Setup(
        IOrchestratorGrain OrchestratorGrain,
        EthAddress Orchestrator,
        EthKey Sender,
        OrchestratorQuote Quote,
        TicketBatch Batch,
        string Header,
        ITicketReceiverGrain Receiver,
        IRedemptionQueueGrain Queue);
}
