using System.Numerics;
using Livepeer.Grains.Redemption;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Silo.Tests.DevChain;

// Issue 4, done-when 4: the JSON-RPC node goes away and comes back (ganache killed and started again on the same
// chain data and port), and gas gets dearer than a winner is worth. Each test has its own ganache; the collection
// keeps them from running beside the other chain tests.
[Collection(DevChainNodeCollection.Name)]
public sealed class NodeFaultTests : IAsyncLifetime
{
    private static readonly BigInteger Ether = DevChainControl.Ether;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "livepeer-devnode-fault-" + Guid.NewGuid().ToString("N"));
    private GanacheServer? _ganache;
    private DevChainControl? _chain;
    private int _port;

    private DevChainControl Chain => _chain!;

    public async Task InitializeAsync()
    {
        // ganache keeps the chain in an existing folder only.
        Directory.CreateDirectory(Path.Combine(_directory, "ganache"));
        _ganache = await GanacheServer.StartAsync(extraArguments: ChainArguments(null));
        _port = _ganache.Port;
        _chain = await DevChainNodeFixture.DeployAsync(_ganache.Url, _directory);
    }

    public async Task DisposeAsync()
    {
        _chain?.Dispose();
        if (_ganache is not null)
        {
            await _ganache.DisposeAsync();
        }
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task When_the_json_rpc_node_stops_mid_run_the_watcher_backs_off_and_recovers_and_no_winner_is_lost()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(deposit: Ether, reserve: Ether);
        await using var node = await DevNode.StartAsync(Chain, orchestrator, gateway, watcherLoop: true);
        await WaitForAsync(async () => (await node.Round.Get()).IsKnown, "the watcher's first poll");
        var (_, winners) = await node.PayAsync(calls: 3);
        Assert.True(winners > 0, "no winner among 15 tickets at win probability 4/5");
        long expiration = (long)(await node.Queue.GetSnapshot()).Pending.Max(w => w.ParamsExpirationBlock);

        await StopChainAsync();
        await WaitForAsync(() => Task.FromResult(Unavailable(node).Count >= 3), "three failed polls");
        var delays = Unavailable(node).Select(l => (TimeSpan)l.Values["Delay"]!).ToList();
        Assert.Equal(TimeSpan.FromSeconds(1), delays.Max());
        Assert.True(delays[0] < delays[^1], $"the watcher did not back off: {string.Join(", ", delays)}");
        Assert.Equal(winners, (await node.Queue.GetSnapshot()).Pending.Count);

        await StartChainAsync(gasPrice: null);
        await Chain.MineToAsync(expiration);
        var queue = await node.WaitForQueueAsync(q => q.Redeemed.Count == winners, TimeSpan.FromSeconds(60));

        Assert.Empty(queue.Pending);
        Assert.Empty(queue.Failed);
        var faceValues = queue.Redeemed.Aggregate(BigInteger.Zero, (sum, w) => sum + w.FaceValue);
        Assert.Equal(Ether - faceValues, (await Chain.SenderInfoAsync(gateway.Address)).Deposit);
    }

    [Fact]
    public async Task A_winner_whose_redemption_costs_more_gas_than_its_face_value_waits_until_gas_is_cheaper()
    {
        var orchestrator = await Chain.NewOrchestratorAsync();
        var gateway = await Chain.NewGatewayAsync(deposit: Ether, reserve: Ether);
        await using var node = await DevNode.StartAsync(Chain, orchestrator, gateway);
        var (_, winners) = await node.PayAsync(calls: 2);
        Assert.True(winners > 0, "no winner among 10 tickets at win probability 4/5");
        long expiration = (long)(await node.Queue.GetSnapshot()).Pending.Max(w => w.ParamsExpirationBlock);

        // 10 gwei × 350 000 gas = 3.5e15 wei, above the 1.25e15 face value.
        await StopChainAsync();
        await StartChainAsync(gasPrice: 10_000_000_000);
        await Chain.MineToAsync(expiration);
        for (int pass = 0; pass < 2; pass++)
        {
            await node.PollAsync();
            await Chain.MineAsync(1);
        }

        var waiting = await node.Queue.GetSnapshot();
        Assert.Equal(winners, waiting.Pending.Count);
        Assert.Empty(waiting.Redeemed);
        Assert.Empty(waiting.Failed);
        Assert.All(waiting.Pending, w =>
        {
            Assert.Equal(RedemptionQueueGrain.FaceValueBelowTxCost, w.LastError);
            Assert.Equal(0, w.Attempts);
        });
        Assert.Equal(Ether, (await Chain.SenderInfoAsync(gateway.Address)).Deposit);

        await StopChainAsync();
        await StartChainAsync(gasPrice: null);
        await Chain.MineAsync(1);
        await node.PollAsync();

        var queue = await node.Queue.GetSnapshot();
        Assert.Empty(queue.Pending);
        Assert.Equal(winners, queue.Redeemed.Count);
        var faceValues = queue.Redeemed.Aggregate(BigInteger.Zero, (sum, w) => sum + w.FaceValue);
        Assert.Equal(Ether - faceValues, (await Chain.SenderInfoAsync(gateway.Address)).Deposit);
    }

    private static List<NodeTestSupport.CapturedLog> Unavailable(DevNode node) =>
        [.. node.Silo.Logs.Logs.Where(l => l.Message.StartsWith("Chain unavailable:", StringComparison.Ordinal))];

    private string[] ChainArguments(long? gasPrice) =>
        gasPrice is { } price
            ? ["--database.dbPath", Path.Combine(_directory, "ganache"), "--miner.defaultGasPrice", "0x" + price.ToString("x", System.Globalization.CultureInfo.InvariantCulture)]
            : ["--database.dbPath", Path.Combine(_directory, "ganache")];

    private async Task StopChainAsync()
    {
        await _ganache!.DisposeAsync();
        _ganache = null;
    }

    private async Task StartChainAsync(long? gasPrice) =>
        _ganache = await GanacheServer.StartAsync(extraArguments: ChainArguments(gasPrice), port: _port);

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"no {what} within 60 s");
            }
            await Task.Delay(100);
        }
    }
}
