using Livepeer.Grains.Abstractions.Senders;
using Livepeer.Grains.Senders;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tests.Senders;

[Collection(ClusterCollection.Name)]
public sealed class SenderGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Nonces_start_at_one_and_are_unique_across_params_and_reloads()
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
        Assert.Equal(4u, b1.FirstNonce);
        // The new activation starts past the whole block the first one stored, whatever it had handed out.
        Assert.Equal(1u + 3 + (uint)new SenderGrainOptions().NonceBlock, a2.FirstNonce);
        var account = await grain.GetAccount();
        Assert.NotNull(account);
        Assert.Equal(ClusterFixture.Funds, account.Info.Deposit);
    }

    [Fact]
    public async Task Reservations_past_several_blocks_stay_consecutive_and_a_reload_never_repeats_one()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var grain = fixture.Client.GetGrain<ISenderGrain>(sender.Address.ToLowerHex());
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        int block = new SenderGrainOptions().NonceBlock;

        // Each run of 20,000 uses part of a block; the blocks after the first are stored in the background.
        uint expected = 1;
        for (int i = 0; i < 10; i++)
        {
            var reservation = await grain.ReserveTickets(quote.TicketParams, 20_000);
            Assert.True(reservation.Succeeded, reservation.Error);
            Assert.Equal(expected, reservation.FirstNonce);
            expected += 20_000;
        }
        await fixture.Cluster.DeactivateAsync(grain);
        var reloaded = await grain.ReserveTickets(quote.TicketParams, 1);

        Assert.True(reloaded.FirstNonce >= expected, $"nonce {reloaded.FirstNonce} after a reload, {expected - 1} handed out before");
        Assert.True(reloaded.FirstNonce < expected + (2 * block), $"nonce {reloaded.FirstNonce}: more than two blocks skipped");
    }

    [Fact]
    public async Task Reservations_inside_the_stored_block_wait_on_no_write_and_one_past_it_waits_for_the_next_block()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var grain = fixture.Client.GetGrain<ISenderGrain>(sender.Address.ToLowerHex());
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        int block = new SenderGrainOptions().NonceBlock;
        var patience = TimeSpan.FromSeconds(10);
        Assert.Equal(1u, (await grain.ReserveTickets(quote.TicketParams, 1)).FirstNonce);
        using var gate = fixture.Storage.Hold(grain.GetGrainId());

        // 1 + 3 × 20,000 fit the first block (1 + 65,536); the next block's write starts at half and is held.
        var inside = new List<uint>();
        for (int i = 0; i < 3; i++)
        {
            inside.Add((await grain.ReserveTickets(quote.TicketParams, 20_000).WaitAsync(patience)).FirstNonce);
        }
        await gate.FirstArrival.WaitAsync(patience);
        var past = grain.ReserveTickets(quote.TicketParams, 20_000);
        await Task.Delay(300);
        bool pastWhileHeld = past.IsCompleted;
        gate.Open();
        var next = await past.WaitAsync(patience);

        Assert.Equal([2u, 20_002u, 40_002u], inside);
        Assert.Equal(1, gate.Waiting);
        Assert.False(pastWhileHeld, "a reservation past the stored block returned before the next block was stored");
        Assert.Equal(60_002u, next.FirstNonce);
        Assert.True(block < 80_001, "the test assumes the default block");
    }

    [Fact]
    public async Task A_state_with_per_params_counters_starts_the_sequence_past_all_of_them()
    {
        var sender = fixture.NewSender();
        var key = sender.Address.ToLowerHex();
        var legacy = new SenderGrainState();
        legacy.Nonces["0x" + new string('1', 64)] = new NonceCounterState { LastNonce = 7, ExpirationBlock = long.MaxValue };
        legacy.Nonces["0x" + new string('2', 64)] = new NonceCounterState { LastNonce = 41, ExpirationBlock = long.MaxValue };
        await fixture.WriteStateAsync("livepeer.sender", key, "sender", legacy);
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);

        var reservation = await fixture.Client.GetGrain<ISenderGrain>(key).ReserveTickets(quote.TicketParams, 2);
        var stored = await fixture.ReadStateAsync<SenderGrainState>("livepeer.sender", key, "sender");

        Assert.Equal(42u, reservation.FirstNonce);
        Assert.Empty(stored.Nonces);
        Assert.Equal(41 + 2 + new SenderGrainOptions().NonceBlock, stored.NonceLeaseEnd);
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
