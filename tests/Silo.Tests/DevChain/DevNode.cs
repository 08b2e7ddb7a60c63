using System.Globalization;
using System.Numerics;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Sessions;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Silo.Tests.DevChain;

/// <summary>
/// The real silo (<see cref="InProcessSilo"/>) on the dev network: its orchestrator and gateway keys are the test's,
/// its gateway's payments pass through a <see cref="RecordingOrchestratorTransport"/>, and its orchestrator asks
/// for high-win-probability tickets (face value 1.25 × EV: 4 in 5 win). The chain watcher's loop is off unless
/// asked for, so chain time moves when a test polls.
/// </summary>
public sealed class DevNode : IAsyncDisposable
{
    /// <summary>Each ticket's EV (wei): above go-livepeer's default sender caps, which the node raises for these tests.</summary>
    public static readonly BigInteger TicketEV = BigInteger.Pow(10, 15);

    /// <summary>Above the redemption cost at ganache's 2 gwei (350 000 gas: 7e14 wei), and 1.25 × EV.</summary>
    public static readonly BigInteger MaxFaceValue = TicketEV * 5 / 4;

    /// <summary>Wei per unit of work: a call of 1000 units pays one ticket's EV.</summary>
    public const long PricePerUnit = 1_000_000_000_000;

    private DevNode(InProcessSilo silo, TestAccount orchestrator, TestAccount gateway)
    {
        Silo = silo;
        Orchestrator = orchestrator;
        Gateway = gateway;
    }

    public InProcessSilo Silo { get; }

    public TestAccount Orchestrator { get; }

    public TestAccount Gateway { get; }

    public RecordingOrchestratorTransport Payments => Silo.Host.Services.GetRequiredService<RecordingOrchestratorTransport>();

    public ChainWatcher Watcher => Silo.Host.Services.GetRequiredService<ChainWatcher>();

    public IOrchestratorGrain OrchestratorGrain => Silo.Grains.GetGrain<IOrchestratorGrain>(Orchestrator.Address.ToLowerHex());

    public IRedemptionQueueGrain Queue => Silo.Grains.GetGrain<IRedemptionQueueGrain>(Orchestrator.Address.ToLowerHex());

    public IRoundGrain Round => Silo.Grains.GetGrain<IRoundGrain>(1337);

    /// <param name="watcherLoop">run the chain watcher's polling loop (every 200 ms, backing off to 1 s)</param>
    /// <param name="settings">more configuration for the silo</param>
    public static async Task<DevNode> StartAsync(
        DevChainControl chain, TestAccount orchestrator, TestAccount gateway, bool watcherLoop = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Chain:Network"] = "dev",
            ["Chain:RpcUrl"] = chain.Url.ToString(),
            ["Chain:DeploymentFile"] = chain.DeploymentFile,
            ["Chain:OrchestratorKey:PrivateKey"] = orchestrator.PrivateKeyHex,
            ["Chain:GatewayKey:PrivateKey"] = gateway.PrivateKeyHex,
            ["Livepeer:ChainWatcher:Enabled"] = watcherLoop ? "true" : "false",
            ["Livepeer:ChainWatcher:PollInterval"] = "00:00:00.200",
            ["Livepeer:ChainWatcher:MaxBackoff"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        var silo = await InProcessSilo.StartAsync(orchestrator.Address, configuration, services =>
        {
            services.Configure<PaymentOptions>(o =>
            {
                o.MaxTicketEV = TicketEV * 10;
                o.MaxTotalEV = TicketEV * 100;
            });
            services.AddSingleton(sp => new RecordingOrchestratorTransport(ActivatorUtilities.CreateInstance<InClusterOrchestratorTransport>(sp)));
            services.AddSingleton<IOrchestratorTransport>(sp => sp.GetRequiredService<RecordingOrchestratorTransport>());
        });
        var node = new DevNode(silo, orchestrator, gateway);
        try
        {
            var settingsNow = await node.OrchestratorGrain.GetSettings();
            Assert.Empty(await node.OrchestratorGrain.Configure(settingsNow with { TicketEV = TicketEV, MaxFaceValue = MaxFaceValue }));
            Assert.Empty(await node.OrchestratorGrain.SetPrices(new PriceBook(new PriceEntry(null, null, null, PricePerUnit, 1), false, [])));
            if (!watcherLoop)
            {
                await node.PollAsync();
            }
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>One poll of the node's chain watcher, as its loop would do.</summary>
    public Task<ChainTime> PollAsync() => Watcher.PollOnceAsync();

    /// <summary>Opens a gateway session with the node's orchestrator and makes <paramref name="calls"/> paid calls of <paramref name="units"/> units each.</summary>
    public async Task<(int Tickets, int Winners)> PayAsync(int calls, long units = 5_000)
    {
        var session = Silo.Grains.GetGrain<IOrchestratorSessionGrain>("session-" + Guid.NewGuid().ToString("N"));
        var opened = await session.Open(new SessionOpenRequest(Orchestrator.Address, "", null, null));
        Assert.True(opened.Succeeded, opened.Error);
        int tickets = 0, winners = 0;
        for (int i = 0; i < calls; i++)
        {
            var result = await session.PayAndCall(new WorkOrder(WorkKind.AiUnits, units));
            Assert.True(result.Status == PaidCallStatus.Completed, $"call {i}: {result.Status} {result.Error}");
            tickets += result.TicketsSent;
            winners += result.Receipt!.WinnerCount;
        }
        return (tickets, winners);
    }

    /// <summary>Every ticket the gateway sent, with its signature, the recipientRand it was checked against and whether it won.</summary>
    public async Task<IReadOnlyList<SentTicket>> SentTicketsAsync()
    {
        var secret = (await OrchestratorGrain.GetReceiverSettings()).Secret;
        var sent = new List<SentTicket>();
        foreach (var header in Payments.PaymentHeaders)
        {
            if (PaymentWire.ToTicketBatch(PaymentWire.ParseHeader(header)) is not { } batch)
            {
                continue;
            }
            var rand = RecipientRand.Compute(secret, batch.Params, batch.Sender, batch.ExpirationParams);
            for (int i = 0; i < batch.Count; i++)
            {
                var ticket = batch.TicketAt(i);
                var signature = batch.SenderParams[i].Signature;
                sent.Add(new SentTicket(new WinningTicket(ticket, signature, rand), ticket.IsWinning(signature, rand)));
            }
        }
        return sent;
    }

    /// <summary>Waits until the redemption queue's snapshot satisfies <paramref name="done"/> (the watcher's loop redeeming).</summary>
    public async Task<RedemptionQueueSnapshot> WaitForQueueAsync(Func<RedemptionQueueSnapshot, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var snapshot = await Queue.GetSnapshot();
            if (done(snapshot))
            {
                return snapshot;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"redemption queue not done within {timeout.TotalSeconds} s: {snapshot.Pending.Count} pending, {snapshot.Redeemed.Count} redeemed, {snapshot.Failed.Count} failed"));
            }
            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
