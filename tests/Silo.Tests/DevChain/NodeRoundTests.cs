using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Silo.Tests.DevChain;

// Issue 4, done-when 3: blocks that start a new round show in the round grain within one poll, and the ticket
// params issued after it carry the new creation round and its block hash.
[Collection(DevChainNodeCollection.Name)]
public sealed class NodeRoundTests(DevChainNodeFixture fixture)
{
    private DevChainControl Chain => fixture.Chain;

    [Fact]
    public async Task The_node_initializes_a_new_round_in_the_poll_that_sees_it_and_new_tickets_carry_its_round_and_block_hash()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(DevChainControl.Ether, DevChainControl.Ether);
        await using var node = await DevNode.StartAsync(Chain, orchestrator, gateway);
        var before = await node.Round.Get();
        Assert.True(before.CurrentRoundInitialized);

        await Chain.MineToAsync(await Chain.CurrentRoundStartBlockAsync() + await Chain.RoundLengthAsync());
        await node.PollAsync();

        var held = await node.Round.Get();
        Assert.Equal(before.CurrentRound + 1, held.CurrentRound);
        Assert.True(held.CurrentRoundInitialized);
        Assert.Equal(held.CurrentRound, held.LastInitializedRound);
        var hash = await Chain.BlockHashForRoundAsync(held.CurrentRound);
        Assert.False(hash.IsZero);
        Assert.Equal(hash, held.RoundBlockHash);
        Assert.Contains(node.Silo.Logs.Logs, l => l.Message == $"Initialized round {held.CurrentRound}");

        var quote = await QuoteAsync(node);
        Assert.Equal(new TicketExpirationParams(held.CurrentRound, hash), quote.TicketParams.ExpirationParams);
        await node.PayAsync(calls: 1);
        var sent = await node.SentTicketsAsync();
        Assert.Equal(5, sent.Count);
        Assert.All(sent, s => Assert.Equal(new TicketExpirationParams(held.CurrentRound, hash), s.Ticket.Ticket.ExpirationParams));
        Assert.All((await node.Queue.GetSnapshot()).Pending, w => Assert.Equal(held.CurrentRound, w.CreationRound));
    }

    [Fact]
    public async Task A_node_that_leaves_rounds_to_others_sees_the_new_round_at_once_and_takes_its_block_hash_in_the_poll_after_it_is_initialized()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(DevChainControl.Ether, DevChainControl.Ether);
        await using var node = await DevNode.StartAsync(Chain, orchestrator, gateway, settings: new Dictionary<string, string?> { ["Chain:InitializeRounds"] = "false" });
        var before = await node.Round.Get();

        await Chain.MineToAsync(await Chain.CurrentRoundStartBlockAsync() + await Chain.RoundLengthAsync());
        await node.PollAsync();

        var uninitialized = await node.Round.Get();
        Assert.Equal(before.CurrentRound + 1, uninitialized.CurrentRound);
        Assert.False(uninitialized.CurrentRoundInitialized);
        Assert.Equal(before.LastInitializedRound, uninitialized.LastInitializedRound);
        Assert.Equal(before.RoundBlockHash, uninitialized.RoundBlockHash);
        // Until the round is initialized, new params stay anchored to the last initialized one.
        Assert.Equal(new TicketExpirationParams(before.LastInitializedRound, before.RoundBlockHash), (await QuoteAsync(node)).TicketParams.ExpirationParams);

        await Chain.InitializeRoundAsync();
        await node.PollAsync();

        var held = await node.Round.Get();
        var hash = await Chain.BlockHashForRoundAsync(held.CurrentRound);
        Assert.True(held.CurrentRoundInitialized);
        Assert.Equal(uninitialized.CurrentRound, held.LastInitializedRound);
        Assert.Equal(hash, held.RoundBlockHash);
        Assert.Equal(new TicketExpirationParams(held.CurrentRound, hash), (await QuoteAsync(node)).TicketParams.ExpirationParams);
        Assert.DoesNotContain(node.Silo.Logs.Logs, l => l.Message.StartsWith("Initialized round", StringComparison.Ordinal));
    }

    private static async Task<OrchestratorQuote> QuoteAsync(DevNode node)
    {
        var result = await node.OrchestratorGrain.GetOrchestratorInfo(new QuoteRequest(node.Gateway.Address, null, null, null));
        Assert.True(result.Quote is not null, result.Error);
        return result.Quote!;
    }
}
