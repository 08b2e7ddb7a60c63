using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;

namespace Livepeer.Grains.Tests.Tickets;

/// <summary>
/// Payment state survives deactivation: every grain is reloaded from storage (through the same
/// serializer production storage uses) between issuing, paying and replaying.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DurabilityTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Params_issued_before_a_reload_still_verify_and_seen_nonces_and_credit_are_kept()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 2_000_000);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        var header = Payments.Header(Payments.Sign(quote, sender, firstNonce: 1, count: 20));
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address));
        var queue = fixture.Client.GetGrain<IRedemptionQueueGrain>(address.ToLowerHex());

        await fixture.Cluster.DeactivateAsync(orchestrator);
        var paid = await receiver.ReceivePayment(header, "s1");
        Assert.True(paid.Succeeded, paid.Error);
        Assert.Equal(20, paid.CreditedCount);

        await fixture.Cluster.DeactivateAsync(receiver);
        await fixture.Cluster.DeactivateAsync(queue);
        var replay = await receiver.ReceivePayment(header, "s1");

        Assert.Equal(PmErrors.NonceAlreadySeen(sender.Address, 1), replay.Error);
        Assert.Equal(paid.Balance, await receiver.GetBalance("s1"));
        Assert.Equal(paid.Balance, replay.Balance);
        Assert.Equal(quote.PricePerPixel, await receiver.GetFixedPrice("s1"));
        Assert.Equal(paid.WinnerCount, (await queue.GetSnapshot()).Pending.Count);
    }

    [Fact]
    public async Task A_reloaded_session_keeps_paying_with_its_balance_params_and_nonces()
    {
        var (_, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0, pricePerUnit: 2, pixelsPerUnit: 1);
        var session = fixture.Client.GetGrain<IOrchestratorSessionGrain>($"durable-{Guid.NewGuid():N}");
        Assert.True((await session.Open(new SessionOpenRequest(address, "", null, null))).Succeeded);
        var first = await session.PayAndCall(new WorkOrder(WorkKind.Video, 1_000_000));
        var before = await session.GetSnapshot();

        await fixture.Cluster.DeactivateAsync(session);
        var after = await session.GetSnapshot();
        var second = await session.PayAndCall(new WorkOrder(WorkKind.Video, 1_000_000));

        Assert.Equal(before, after);
        Assert.Equal(PaidCallStatus.Completed, first.Status);
        Assert.True(second.Status == PaidCallStatus.Completed, second.Error);
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, fixture.GatewayKey.Address));
        Assert.Equal(await session.GetBalance(), await receiver.GetBalance(after.AuthSessionId!));
        Assert.NotEqual(BigRational.Zero, await session.GetBalance());
    }
}
