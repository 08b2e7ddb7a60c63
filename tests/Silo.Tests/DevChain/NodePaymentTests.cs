using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.Network;
using Livepeer.Grains.Redemption;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Livepeer.TestSupport.Node;

namespace Livepeer.Silo.Tests.DevChain;

// Issue 4, done-when 2 and 5: the real node on ganache, its gateway paying its orchestrator through
// OrchestratorSessionGrain.PayAndCall → InClusterOrchestratorTransport → TicketReceiverGrain → RedemptionQueueGrain.
[Collection(DevChainNodeCollection.Name)]
public sealed class NodePaymentTests(DevChainNodeFixture fixture)
{
    private static readonly BigInteger Ether = DevChainControl.Ether;

    private DevChainControl Chain => fixture.Chain;

    [Fact]
    public async Task The_gateway_pays_real_tickets_and_the_winners_are_redeemed_after_their_params_expire_for_exactly_their_face_values()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(deposit: Ether, reserve: Ether);
        var funded = await Chain.SenderInfoAsync(gateway.Address);
        Assert.Equal(Ether, funded.Deposit);
        Assert.Equal(Ether, funded.Reserve.FundsRemaining);
        await using var node = await DevNode.StartAsync(Chain, orchestrator, gateway);

        var (tickets, winners) = await node.PayAsync(calls: 4);

        Assert.Equal(20, tickets);
        Assert.True(winners > 0, "no winner among 20 tickets at win probability 4/5");
        var queue = await node.Queue.GetSnapshot();
        Assert.Equal(winners, queue.Pending.Count);
        Assert.All(queue.Pending, w => Assert.Equal(gateway.Address, w.Sender));
        var sentWinners = (await node.SentTicketsAsync()).Where(t => t.Won).Select(t => t.Ticket.Ticket.Hash()).ToHashSet();
        Assert.Equal(sentWinners, queue.Pending.Select(w => w.TicketHash).ToHashSet());
        long expiration = (long)queue.Pending.Max(w => w.ParamsExpirationBlock);

        // Not while the params are valid: the recipientRand a redemption reveals would let the sender replay them.
        await Chain.MineToAsync(expiration - 1);
        await node.PollAsync();
        queue = await node.Queue.GetSnapshot();
        Assert.Equal(winners, queue.Pending.Count);
        Assert.Empty(queue.Redeemed);
        Assert.Equal(Ether, (await Chain.SenderInfoAsync(gateway.Address)).Deposit);

        await Chain.MineToAsync(expiration);
        await node.PollAsync();

        queue = await node.Queue.GetSnapshot();
        Assert.Empty(queue.Pending);
        Assert.Empty(queue.Failed);
        Assert.Equal(winners, queue.Redeemed.Count);
        Assert.All(queue.Redeemed, w =>
        {
            Assert.Equal(w.FaceValue, w.AmountPaid);
            Assert.NotNull(w.TransactionHash);
            Assert.Equal(1, w.Attempts);
        });
        var faceValues = queue.Redeemed.Aggregate(BigInteger.Zero, (sum, w) => sum + w.FaceValue);
        var after = await Chain.SenderInfoAsync(gateway.Address);
        Assert.Equal(Ether - faceValues, after.Deposit);
        Assert.Equal(Ether, after.Reserve.FundsRemaining);
        foreach (var hash in sentWinners)
        {
            Assert.True(LivepeerAbi.DecodeUsedTickets(await Chain.CallAsync(Chain.Deployment.TicketBroker, LivepeerAbi.EncodeUsedTickets(hash))));
        }

        // What an operator sees through the gateway API (lpctl status reads the same route).
        await using var api = await InProcessGatewayApi.StartAsync(node.Silo);
        using var http = api.CreateClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri($"admin/orchestrators/{orchestrator.Address}/redemptions", UriKind.Relative)));
        var route = document.RootElement;
        Assert.Equal(0, route.GetProperty("pending").GetInt32());
        Assert.Equal(winners, route.GetProperty("redeemed").GetInt32());
        Assert.All(route.GetProperty("tickets").EnumerateArray(), t =>
        {
            Assert.Equal("redeemed", t.GetProperty("status").GetString());
            Assert.Equal(t.GetProperty("faceValue").GetString(), t.GetProperty("amountPaid").GetString());
            Assert.StartsWith("0x", t.GetProperty("transactionHash").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_replayed_winner_is_refused_by_the_contract_and_recorded_as_failed_for_good()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(deposit: Ether, reserve: Ether);
        WinningTicket replay;
        await using (var node = await DevNode.StartAsync(Chain, orchestrator, gateway))
        {
            var (_, winners) = await node.PayAsync(calls: 2);
            Assert.True(winners > 0, "no winner among 10 tickets at win probability 4/5");
            await Chain.MineToAsync((long)(await node.Queue.GetSnapshot()).Pending.Max(w => w.ParamsExpirationBlock));
            await node.PollAsync();
            Assert.Equal(winners, (await node.Queue.GetSnapshot()).Redeemed.Count);
            replay = (await node.SentTicketsAsync()).First(t => t.Won).Ticket;
        }
        var deposit = (await Chain.SenderInfoAsync(gateway.Address)).Deposit;

        using var http = new HttpClient();
        var client = await JsonRpcLivepeerChain.ConnectAsync(http, Chain.ClientOptions(), orchestrator.Key);
        var refused = await Assert.ThrowsAsync<ContractRevertException>(() => client.RedeemWinningTicketAsync(replay));
        Assert.Equal("ticket is used", refused.Reason);

        // The orchestrator's node again, with none of its earlier state: the winner reaches a queue that never saw it.
        await using var fresh = await DevNode.StartAsync(Chain, orchestrator, gateway);
        Assert.Equal(1, await fresh.Queue.Enqueue([replay]));
        for (int pass = 0; pass < 3; pass++)
        {
            await Chain.MineAsync(1);
            await fresh.PollAsync();
        }

        var queue = await fresh.Queue.GetSnapshot();
        Assert.Empty(queue.Pending);
        Assert.Empty(queue.Redeemed);
        var failed = Assert.Single(queue.Failed);
        Assert.Equal(replay.Ticket.Hash(), failed.TicketHash);
        Assert.Equal(RedemptionQueueGrain.TicketAlreadyUsed, failed.LastError);
        Assert.Equal(0, failed.Attempts);
        Assert.Null(failed.TransactionHash);
        Assert.Equal(deposit, (await Chain.SenderInfoAsync(gateway.Address)).Deposit);
    }

    [Fact]
    public async Task A_redemption_the_contract_reverts_is_recorded_as_failed_with_the_revert_reason()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(deposit: Ether, reserve: Ether);
        await using var node = await DevNode.StartAsync(Chain, orchestrator, gateway);
        var (_, winners) = await node.PayAsync(calls: 2);
        Assert.True(winners > 0, "no winner among 10 tickets at win probability 4/5");
        // Winnings are credited to the orchestrator's stake, so the contract refuses an orchestrator no longer registered.
        await Chain.SetTranscoderAsync(orchestrator.Address, registered: false, active: false);

        await Chain.MineToAsync((long)(await node.Queue.GetSnapshot()).Pending.Max(w => w.ParamsExpirationBlock));
        await node.PollAsync();
        await Chain.MineAsync(2);
        await node.PollAsync();

        var queue = await node.Queue.GetSnapshot();
        Assert.Empty(queue.Pending);
        Assert.Empty(queue.Redeemed);
        Assert.Equal(winners, queue.Failed.Count);
        Assert.All(queue.Failed, w =>
        {
            Assert.Equal("transcoder must be registered", w.LastError);
            Assert.Equal(1, w.Attempts);
        });
        Assert.Equal(Ether, (await Chain.SenderInfoAsync(gateway.Address)).Deposit);
    }

    [Fact]
    public async Task Tickets_the_gateway_signs_verify_with_ethers_and_with_the_contracts_own_hash_and_signature_check()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(deposit: Ether, reserve: Ether);
        await using var node = await DevNode.StartAsync(Chain, orchestrator, gateway);
        await node.PayAsync(calls: 2);
        var sent = await node.SentTicketsAsync();
        Assert.Equal(10, sent.Count);

        var input = new JsonArray([.. sent.Select(s => new JsonObject
        {
            ["recipient"] = s.Ticket.Ticket.Recipient.ToString(),
            ["sender"] = s.Ticket.Ticket.Sender.ToString(),
            ["faceValue"] = s.Ticket.Ticket.FaceValue.ToString(CultureInfo.InvariantCulture),
            ["winProb"] = s.Ticket.Ticket.WinProb.ToString(CultureInfo.InvariantCulture),
            ["senderNonce"] = s.Ticket.Ticket.SenderNonce.ToString(CultureInfo.InvariantCulture),
            ["recipientRandHash"] = s.Ticket.Ticket.RecipientRandHash.ToString(),
            ["auxData"] = "0x" + Convert.ToHexStringLower(s.Ticket.Ticket.AuxData()),
            ["signature"] = "0x" + Convert.ToHexStringLower(s.Ticket.Signature),
        })]);
        var ethers = JsonNode.Parse(NodeScripts.Run(Path.Combine("tests", "Silo.Tests", "DevChain", "ticket-verify.cjs"), input.ToJsonString()))!.AsArray();

        Assert.Equal(sent.Count, ethers.Count);
        for (int i = 0; i < sent.Count; i++)
        {
            var ticket = sent[i].Ticket.Ticket;
            Assert.Equal(ticket.Hash().ToString(), (string)ethers[i]!["hash"]!);
            Assert.Equal(gateway.Address.ToString(), (string)ethers[i]!["signer"]!);

            var onChainHash = LivepeerAbi.DecodeTicketHash(await Chain.CallAsync(Chain.Deployment.TicketBroker, LivepeerAbi.EncodeGetTicketHash(ticket)));
            Assert.Equal(ticket.Hash(), onChainHash);

            // redeemWinningTicket as a call runs every check of chain.md §2.7: a winner passes them all; a loser fails
            // only the win check, which comes after the signature check.
            var redeem = LivepeerAbi.EncodeRedeemWinningTicket(sent[i].Ticket);
            if (sent[i].Won)
            {
                await Chain.CallAsync(Chain.Deployment.TicketBroker, redeem, orchestrator.Address);
            }
            else
            {
                var lost = await Assert.ThrowsAsync<ContractRevertException>(() => Chain.CallAsync(Chain.Deployment.TicketBroker, redeem, orchestrator.Address));
                Assert.Equal("ticket did not win", lost.Reason);
            }
        }

        // The contract does check the signature: the same signature over another nonce is refused.
        var first = sent[0].Ticket;
        var altered = first with { Ticket = first.Ticket with { SenderNonce = first.Ticket.SenderNonce + 1000 } };
        var forged = await Assert.ThrowsAsync<ContractRevertException>(
            () => Chain.CallAsync(Chain.Deployment.TicketBroker, LivepeerAbi.EncodeRedeemWinningTicket(altered), orchestrator.Address));
        Assert.Equal("invalid signature over ticket hash", forged.Reason);
    }
}
