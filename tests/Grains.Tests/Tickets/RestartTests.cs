using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.AzureStorage.Storage;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Livepeer.Grains.Tests.Tickets;

/// <summary>
/// Payment state kept in our Azure Table grain storage (on Azurite) survives a whole cluster going
/// down and a new one coming up: the chain is the only other thing that lives on.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestartTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task After_a_cluster_restart_old_params_verify_replays_are_caught_balances_match_and_winners_redeem()
    {
        var chain = new InMemoryChain(roundLength: 100_000, startBlock: 7_000_000);
        chain.RegisterTranscoder(EthKey.Generate().Address, stake: 1_000);
        var gateway = EthKey.Generate();
        var sender = EthKey.Generate();
        var orchestrator = EthKey.Generate().Address;
        chain.FundDepositAndReserve(gateway.Address, ClusterFixture.Funds, ClusterFixture.Funds);
        chain.FundDepositAndReserve(sender.Address, ClusterFixture.Funds, ClusterFixture.Funds);
        chain.RegisterTranscoder(orchestrator, stake: 1_000);
        var storage = new Storage(azurite.ConnectionString, UniqueNames.Table("grains"), UniqueNames.Id("service"));
        var sessionKey = UniqueNames.Id("session");

        string paidBefore, issuedBefore;
        int winners;
        string authSession;
        await using (var before = await StartAsync(chain, gateway, storage))
        {
            var grain = before.Client.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex());
            Assert.Empty(await grain.Configure(new OrchestratorSettings("", 1_000_000, 2_000_000, [])));
            Assert.Empty(await grain.SetPrices(new PriceBook(new PriceEntry(null, null, null, 1, 1), false, [])));
            paidBefore = Payments.Header(Payments.Sign(await Payments.QuoteAsync(grain, sender.Address), sender, 1, 20));
            issuedBefore = Payments.Header(Payments.Sign(await Payments.QuoteAsync(grain, sender.Address), sender, 1, 5));
            var receipt = await Receiver(before, orchestrator, sender).ReceivePayment(paidBefore, "s1");
            Assert.True(receipt.Succeeded, receipt.Error);
            winners = receipt.WinnerCount;
            Assert.True(winners > 0, "no winner among 20 tickets at win probability 1/2");

            var session = before.Client.GetGrain<IOrchestratorSessionGrain>(sessionKey);
            var opened = await session.Open(new SessionOpenRequest(orchestrator, "", null, null));
            Assert.True(opened.Succeeded, opened.Error);
            authSession = opened.Session.AuthSessionId!;
            Assert.Equal(PaidCallStatus.Completed, (await session.PayAndCall(new WorkOrder(WorkKind.Video, 1_500_000))).Status);
        }

        await using var after = await StartAsync(chain, gateway, storage);
        var receiver = Receiver(after, orchestrator, sender);

        var late = await receiver.ReceivePayment(issuedBefore, "s1");
        var replay = await receiver.ReceivePayment(paidBefore, "s1");
        var resumed = after.Client.GetGrain<IOrchestratorSessionGrain>(sessionKey);
        var gatewayReceiver = Receiver(after, orchestrator, gateway);
        Assert.Equal(await resumed.GetBalance(), await gatewayReceiver.GetBalance(authSession));
        var call = await resumed.PayAndCall(new WorkOrder(WorkKind.Video, 1_500_000));

        Assert.True(late.Succeeded, late.Error);
        Assert.Equal(5, late.CreditedCount);
        Assert.Equal(PmErrors.NonceAlreadySeen(sender.Address, 1), replay.Error);
        Assert.True(call.Status == PaidCallStatus.Completed, call.Error);
        Assert.Equal(await resumed.GetBalance(), await gatewayReceiver.GetBalance(authSession));

        // The queue is still registered with the round grain, so the first poll past expiry redeems it.
        chain.MineBlocks(PmConstants.ParamsExpirationBlocks + 1);
        var watcher = after.GetSiloServiceProvider(after.Silos[0].SiloAddress).GetRequiredService<ChainWatcher>();
        await watcher.PollOnceAsync();
        var queue = await after.Client.GetGrain<IRedemptionQueueGrain>(orchestrator.ToLowerHex()).GetSnapshot();
        Assert.Equal(winners + late.WinnerCount, queue.Redeemed.Count(w => w.Sender == sender.Address));
        Assert.DoesNotContain(queue.Pending, w => w.Sender == sender.Address);
    }

    private static ITicketReceiverGrain Receiver(InProcessTestCluster cluster, EthAddress orchestrator, EthKey sender) =>
        cluster.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(orchestrator, sender.Address));

    private static async Task<InProcessTestCluster> StartAsync(InMemoryChain chain, EthKey gateway, Storage storage)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = storage.ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddAzureTableGrainStorageAsDefault(options =>
            {
                options.ConnectionString = storage.ConnectionString;
                options.TableName = storage.Table;
            });
            silo.AddPaymentGrains(new TestChain(chain), gateway);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed record Storage(string ConnectionString, string Table, string ServiceId);
}
