using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class SessionPaymentFlowTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Gateway_and_orchestrator_balances_stay_equal_after_every_unit_and_winners_are_queued()
    {
        // Face value 4 × EV: about one ticket in four wins.
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 4_000_000, pricePerUnit: 3, pixelsPerUnit: 2);
        var session = fixture.Client.GetGrain<IOrchestratorSessionGrain>($"flow-{Guid.NewGuid():N}");
        var opened = await session.Open(new SessionOpenRequest(address, "", null, null));
        Assert.True(opened.Succeeded, opened.Error);
        Assert.Equal(new BigRational(3, 2), opened.Session.InitialPrice);
        var sessionId = opened.Session.AuthSessionId!;
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, fixture.GatewayKey.Address));

        int tickets = 0, winners = 0;
        for (int unit = 0; unit < 100; unit++)
        {
            // Varying sizes so that some calls need tickets and some ride on credit left over.
            var result = await session.PayAndCall(new WorkOrder(unit % 3 == 0 ? WorkKind.AiUnits : WorkKind.Video, 200_000 + (unit * 7_919)));

            Assert.True(result.Status == PaidCallStatus.Completed, result.Error);
            tickets += result.TicketsSent;
            winners += result.Receipt!.WinnerCount;
            var gatewayBalance = await session.GetBalance();
            var orchestratorBalance = await receiver.GetBalance(sessionId);
            Assert.Equal(gatewayBalance, orchestratorBalance);
            Assert.Equal(result.Balance, gatewayBalance);
        }

        Assert.True(tickets >= 50, $"only {tickets} tickets were sent");
        Assert.True(winners > 0, $"no winner among {tickets} tickets at win probability 1/4");
        var queue = await fixture.Client.GetGrain<IRedemptionQueueGrain>(address.ToLowerHex()).GetSnapshot();
        Assert.Equal(winners, queue.Pending.Count);
        Assert.All(queue.Pending, w => Assert.Equal(fixture.GatewayKey.Address, w.Sender));
        var snapshot = await session.GetSnapshot();
        Assert.Equal(100, snapshot.Calls);
        Assert.Equal(tickets, snapshot.TicketsSent);
        Assert.Equal(sessionId, snapshot.AuthSessionId);
    }

    [Fact]
    public async Task After_a_paid_call_whose_answer_was_lost_the_next_call_brings_the_gateway_credit_back_to_the_orchestrators()
    {
        // Found by the two-silo kill -9 test: the gateway held one ticket's EV less credit than the orchestrator.
        var (_, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 4_000_000, pricePerUnit: 1, pixelsPerUnit: 1);
        var session = fixture.Client.GetGrain<IOrchestratorSessionGrain>($"lost-{Guid.NewGuid():N}");
        var opened = await session.Open(new SessionOpenRequest(address, "", null, null));
        Assert.True(opened.Succeeded, opened.Error);
        var sessionId = opened.Session.AuthSessionId!;
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, fixture.GatewayKey.Address));

        var lost = await session.PayAndCall(new WorkOrder(WorkKind.Video, 2_500_000, new WorkPayload(LostAnswerJobHandler.Job, [], "{}")));
        Assert.Equal(PaidCallStatus.NoResponse, lost.Status);
        Assert.True(lost.TicketsSent > 0);
        var credited = await receiver.GetBalance(sessionId);
        Assert.True(credited > await session.GetBalance(), "the orchestrator should hold the lost call's payment as credit");

        var next = await session.PayAndCall(new WorkOrder(WorkKind.Video, 100_000));

        Assert.Equal(PaidCallStatus.Completed, next.Status);
        Assert.Equal(await receiver.GetBalance(sessionId), await session.GetBalance());
        Assert.Equal(next.Balance, await session.GetBalance());
    }
}
