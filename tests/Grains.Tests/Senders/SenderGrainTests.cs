using Livepeer.Grains.Abstractions.Senders;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tests.Senders;

[Collection(ClusterCollection.Name)]
public sealed class SenderGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Nonces_start_at_one_per_params_and_continue_across_reservations_and_reloads()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var grain = fixture.Client.GetGrain<ISenderGrain>(sender.Address.ToLowerHex());
        var quoteA = await Payments.QuoteAsync(orchestrator, sender.Address);
        var quoteB = await Payments.QuoteAsync(orchestrator, sender.Address);

        var a1 = await grain.ReserveTickets(quoteA.TicketParams, 3);
        var b1 = await grain.ReserveTickets(quoteB.TicketParams, 1);
        await fixture.Cluster.DeactivateAsync(grain);
        var a2 = await grain.ReserveTickets(quoteA.TicketParams, 2);

        Assert.Equal(new TicketReservation(null, 1, 3, quoteA.TicketParams.ExpirationParams), a1);
        Assert.Equal(1u, b1.FirstNonce);
        Assert.Equal(4u, a2.FirstNonce);
        var account = await grain.GetAccount();
        Assert.NotNull(account);
        Assert.Equal(ClusterFixture.Funds, account.Info.Deposit);
    }

    [Fact]
    public async Task Params_the_sender_rules_refuse_reserve_nothing()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var grain = fixture.Client.GetGrain<ISenderGrain>(sender.Address.ToLowerHex());
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);

        var tooMany = await grain.ReserveTickets(quote.TicketParams, 30_000_000);
        await fixture.MineAsync(PmConstants.ParamsExpirationBlocks - 1);
        var expired = await grain.ReserveTickets(quote.TicketParams, 1);

        Assert.StartsWith("total ticket EV ", tooMany.Error);
        Assert.EndsWith(" for 30000000 tickets > max total ticket EV 20000000000000.00000", tooMany.Error);
        Assert.Equal(PmErrors.TicketParamsExpired, expired.Error);
        Assert.False(expired.Succeeded);
    }
}
