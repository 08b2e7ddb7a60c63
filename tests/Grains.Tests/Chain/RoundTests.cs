using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Tests.Chain;

[Collection(ClusterCollection.Name)]
public sealed class RoundTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_new_round_reaches_the_round_grain_after_one_poll_and_new_params_carry_it()
    {
        var before = await fixture.PollAsync();

        long round = fixture.Chain.AdvanceRound();
        var time = await fixture.PollAsync();

        Assert.Equal(before.CurrentRound + 1, round);
        Assert.Equal(round, time.CurrentRound);
        Assert.Equal(round, time.LastInitializedRound);
        Assert.True(time.CurrentRoundInitialized);
        Assert.Equal(fixture.Chain.BlockNumber, time.LastL1Block);
        Assert.Equal(round * fixture.Chain.RoundLength, time.CurrentRoundStartBlock);
        var roundHash = InMemoryChain.BlockHashOf(time.CurrentRoundStartBlock - 1);
        Assert.Equal(roundHash, time.RoundBlockHash);
        Assert.Equal(time, await fixture.Round.Get());

        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var quote = await Payments.QuoteAsync(orchestrator, fixture.NewSender().Address);
        Assert.Equal(new TicketExpirationParams(round, roundHash), quote.TicketParams.ExpirationParams);
        Assert.Equal(time.LastL1Block + PmConstants.ParamsExpirationBlocks, quote.TicketParams.ExpirationBlock);
    }

    [Fact]
    public async Task With_a_zero_round_block_hash_new_params_fall_back_to_the_previous_round_and_its_hash()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var sender = fixture.NewSender().Address;
        // A fresh round whose predecessor was initialized, so the fallback has a real hash to find.
        fixture.Chain.AdvanceRound();
        fixture.SiloChain.ZeroRoundBlockHash = true;
        try
        {
            var time = await fixture.PollAsync();
            var quote = await Payments.QuoteAsync(orchestrator, sender);

            long round = fixture.Chain.CurrentRound;
            Assert.Equal(Hash32.Zero, time.RoundBlockHash);
            Assert.False(time.PreviousRoundBlockHash.IsZero);
            Assert.Equal(await fixture.Chain.GetBlockHashForRoundAsync(round - 1), time.PreviousRoundBlockHash);
            Assert.Equal(new TicketExpirationParams(round - 1, time.PreviousRoundBlockHash), quote.TicketParams.ExpirationParams);
        }
        finally
        {
            fixture.SiloChain.ZeroRoundBlockHash = false;
            await fixture.MineAsync(1);
        }
        Assert.False((await fixture.Round.Get()).RoundBlockHash.IsZero);
    }

    [Fact]
    public async Task A_poll_while_the_chain_is_down_fails_and_leaves_chain_time_as_it_was()
    {
        var before = await fixture.PollAsync();
        fixture.Chain.MineBlocks(3);

        fixture.Chain.Unavailable = true;
        try
        {
            await Assert.ThrowsAsync<ChainUnavailableException>(() => fixture.PollAsync());
        }
        finally
        {
            fixture.Chain.Unavailable = false;
        }

        Assert.Equal(before, await fixture.Round.Get());
        Assert.Equal(before.LastL1Block + 3, (await fixture.PollAsync()).LastL1Block);
    }

    [Fact]
    public async Task An_older_view_never_replaces_a_newer_one()
    {
        var now = await fixture.PollAsync();

        var kept = await fixture.Round.Update(now with { LastL1Block = now.LastL1Block - 1, CurrentRound = now.CurrentRound - 1 });

        Assert.Equal(now, kept);
    }

    [Fact]
    public async Task The_watchers_of_two_silos_that_both_find_the_round_uninitialized_send_initializeRound_once()
    {
        // Each silo runs a chain watcher with the same orchestrator key; before, both sent the transaction.
        await fixture.PollAsync();
        var services = fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress);
        ChainWatcher NewWatcher() => new(
            services.GetRequiredService<IGrainFactory>(), fixture.SiloChain, services.GetRequiredService<ChainTimeReader>(),
            Options.Create(new ChainWatcherOptions { InitializeRounds = true }), NullLogger<ChainWatcher>.Instance);
        using var first = NewWatcher();
        using var second = NewWatcher();
        fixture.Chain.MineBlocks(fixture.Chain.RoundLength);
        int before = fixture.SiloChain.InitializeRoundCalls;

        var seen = await Task.WhenAll(first.PollOnceAsync(), second.PollOnceAsync());

        Assert.Equal(1, fixture.SiloChain.InitializeRoundCalls - before);
        Assert.All(seen, time => Assert.True(time.CurrentRoundInitialized));
        Assert.True((await fixture.Round.Get()).CurrentRoundInitialized);
    }

    [Fact]
    public async Task Chain_time_is_read_while_an_initializeRound_transaction_is_being_mined()
    {
        await fixture.PollAsync();
        var services = fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress);
        using var watcher = new ChainWatcher(
            services.GetRequiredService<IGrainFactory>(), fixture.SiloChain, services.GetRequiredService<ChainTimeReader>(),
            Options.Create(new ChainWatcherOptions { InitializeRounds = true }), NullLogger<ChainWatcher>.Instance);
        fixture.Chain.MineBlocks(fixture.Chain.RoundLength);
        var mined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fixture.SiloChain.InitializeRoundMined = mined.Task;
        int before = fixture.SiloChain.InitializeRoundCalls;
        try
        {
            var poll = watcher.PollOnceAsync();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (fixture.SiloChain.InitializeRoundCalls == before && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
            Assert.Equal(1, fixture.SiloChain.InitializeRoundCalls - before);

            // Payments read chain time on every call: they must not queue behind the transaction.
            var read = fixture.Round.Get();
            Assert.Same(read, await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(5))));
            Assert.False(poll.IsCompleted);

            mined.SetResult();
            Assert.True((await poll).CurrentRoundInitialized);
        }
        finally
        {
            fixture.SiloChain.InitializeRoundMined = null;
            mined.TrySetResult();
        }
    }
}
