using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class SessionRulesTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_price_more_than_doubled_since_the_session_started_is_refused_before_paying()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0, pricePerUnit: 1, pixelsPerUnit: 1);
        await fixture.PollAsync();
        var session = fixture.Client.GetGrain<IOrchestratorSessionGrain>($"doubled-{Guid.NewGuid():N}");
        Assert.True((await session.Open(new SessionOpenRequest(address, "", null, null))).Succeeded);

        Assert.Empty(await orchestrator.SetPrices(new PriceBook(new PriceEntry(null, null, null, 21, 10), false, [])));
        await fixture.MineAsync(PmConstants.ParamsExpirationBlocks);
        var result = await session.PayAndCall(new WorkOrder(WorkKind.Video, 1_000));

        Assert.Equal(PaidCallStatus.NotSent, result.Status);
        Assert.Equal("Orchestrator price has more than doubled, Orchestrator price: 21/10, Orchestrator initial price: 1/1", result.Error);
        Assert.Equal(0, result.TicketsSent);
        Assert.Equal(BigRational.Zero, await session.GetBalance());
    }

    [Fact]
    public async Task A_price_fixed_by_the_first_payment_holds_for_the_session_when_the_book_changes()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0, pricePerUnit: 1, pixelsPerUnit: 1);
        var session = fixture.Client.GetGrain<IOrchestratorSessionGrain>($"fixed-{Guid.NewGuid():N}");
        var opened = await session.Open(new SessionOpenRequest(address, "", null, null));
        Assert.True((await session.PayAndCall(new WorkOrder(WorkKind.Video, 500_000))).Status == PaidCallStatus.Completed);

        Assert.Empty(await orchestrator.SetPrices(new PriceBook(new PriceEntry(null, null, null, 5, 1), false, [])));
        var again = await session.PayAndCall(new WorkOrder(WorkKind.Video, 500_000));
        var newcomer = await Payments.QuoteAsync(orchestrator, fixture.GatewayKey.Address);

        Assert.Equal(PaidCallStatus.Completed, again.Status);
        Assert.Equal(BigRational.One, (await session.GetSnapshot()).Price);
        Assert.Equal(new BigRational(5), newcomer.PricePerPixel);
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, fixture.GatewayKey.Address));
        Assert.Equal(await session.GetBalance(), await receiver.GetBalance(opened.Session.AuthSessionId!));
    }

    [Fact]
    public async Task A_session_is_bound_to_its_orchestrator_and_refuses_calls_before_it_is_open()
    {
        var (_, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var key = $"bound-{Guid.NewGuid():N}";
        var session = fixture.Client.GetGrain<IOrchestratorSessionGrain>(key);

        var early = await session.PayAndCall(new WorkOrder(WorkKind.AiUnits, 10));
        Assert.True((await session.Open(new SessionOpenRequest(address, "", null, null))).Succeeded);
        var other = EthKey.Generate().Address;
        var rebind = await session.Open(new SessionOpenRequest(other, "", null, null));

        Assert.Equal(PaidCallStatus.NotSent, early.Status);
        Assert.Equal($"session {key} is not open", early.Error);
        Assert.Equal($"session {key} is bound to orchestrator {address}", rebind.Error);
    }
}
