using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Livepeer.Bench.GrainPath;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Hosting;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

// Tickets received, checked and credited per CPU-second through TicketReceiverGrain on one in-process
// silo, beside the pure TicketReceiver.Receive over the same signed batches. Usage:
//   dotnet run -c Release --project bench/GrainPath -- [senders=8] [batchesPerSender=20] [ticketsPerBatch=50]
int senders = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
int batchesPerSender = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
int ticketsPerBatch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;

var funds = BigInteger.Pow(10, 21);
var chain = new InMemoryChain(roundLength: 1_000_000, startBlock: 9_000_000);
chain.RegisterTranscoder(EthKey.Generate().Address, stake: 1_000);
var orchestratorAddress = EthKey.Generate().Address;
chain.RegisterTranscoder(orchestratorAddress, stake: 1_000);

var builder = new InProcessTestClusterBuilder(1);
builder.ConfigureSilo((_, silo) =>
{
    // The production storage serializer: state is serialized and written on every payment, as on Azure Tables.
    silo.AddMemoryGrainStorageAsDefault(o => o.GrainStorageSerializer =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions())));
    silo.Services.AddSingleton<ILivepeerChain>(chain);
    silo.AddLivepeerGrains();
    silo.Services.AddGatewaySigner(_ => EthKey.Generate());
    silo.Services.Configure<ChainWatcherOptions>(o => o.Enabled = false);
});
var cluster = builder.Build();
await cluster.DeployAsync();
try
{
    var orchestrator = cluster.Client.GetGrain<IOrchestratorGrain>(orchestratorAddress.ToLowerHex());
    Check(await orchestrator.Configure(new OrchestratorSettings("", 1_000_000, 100_000_000, [])));
    Check(await orchestrator.SetPrices(new PriceBook(new PriceEntry(null, null, null, 1, 1), false, [])));
    var settings = await orchestrator.GetReceiverSettings();
    var round = await chain.GetRoundStateAsync();

    Console.Error.WriteLine($"signing {senders} x {batchesPerSender} x {ticketsPerBatch} tickets ...");
    var workloads = new List<PaymentWorkload>();
    for (int s = 0; s < senders; s++)
    {
        var key = EthKey.Generate();
        chain.FundDepositAndReserve(key.Address, funds, funds);
        workloads.Add(await PaymentWorkload.CreateAsync(orchestrator, key, batchesPerSender, ticketsPerBatch));
    }
    long totalTickets = (long)senders * batchesPerSender * ticketsPerBatch;

    // Warm-up on payments of their own (a receiver refuses replays), so neither path pays for JIT tiering.
    var warmKey = EthKey.Generate();
    chain.FundDepositAndReserve(warmKey.Address, funds, funds);
    var warmup = await PaymentWorkload.CreateAsync(orchestrator, warmKey, 10, ticketsPerBatch);
    var warmReceiver = cluster.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(orchestratorAddress, warmKey.Address));
    long warmBlock = await chain.GetL1BlockNumberAsync();
    foreach (var (batch, _) in warmup.Payments)
    {
        _ = TicketReceiver.Receive(batch, settings.Recipient, settings.Secret, new SenderInfo(funds, new ReserveInfo(funds, 0), 0),
            warmBlock, round.LastInitializedRound, new InMemorySenderNonceStore());
    }
    foreach (var (_, header) in warmup.Payments)
    {
        _ = await warmReceiver.ReceivePayment(header, "warmup");
    }

    // Pure: one thread, the protocol check alone with an in-memory nonce store.
    var senderInfo = new SenderInfo(funds, new ReserveInfo(funds, 0), 0);
    long block = await chain.GetL1BlockNumberAsync();
    Result PurePass() => Measure(() =>
    {
        long credited = 0;
        foreach (var w in workloads)
        {
            var nonces = new InMemorySenderNonceStore();
            foreach (var (batch, _) in w.Payments)
            {
                credited += TicketReceiver.Receive(batch, settings.Recipient, settings.Secret, senderInfo, block, round.LastInitializedRound, nonces).CreditedCount;
            }
        }
        return credited;
    });
    var pure = Best(PurePass(), PurePass(), PurePass());

    // Grain path: header decode, checks, persisted nonces and credit, through the silo, senders in parallel.
    var grain = MeasureAsync(async () =>
    {
        var perSender = workloads.Select(async w =>
        {
            var receiver = cluster.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(orchestratorAddress, w.Sender.Address));
            long credited = 0;
            foreach (var (_, header) in w.Payments)
            {
                var receipt = await receiver.ReceivePayment(header, "bench");
                if (!receipt.Succeeded)
                {
                    throw new InvalidOperationException("payment refused: " + receipt.Error);
                }
                credited += receipt.CreditedCount;
            }
            return credited;
        });
        return (await Task.WhenAll(perSender)).Sum();
    });
    var grainResult = await grain;

    Report("pure TicketReceiver.Receive (1 thread)", pure, totalTickets);
    Report("TicketReceiverGrain.ReceivePayment (1 silo)", grainResult, totalTickets);
    double ratio = grainResult.PerCpuSecond / pure.PerCpuSecond;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{{\"bench\":\"grain-path\",\"tickets\":{totalTickets},\"pureTicketsPerCpuSecond\":{pure.PerCpuSecond:F0},\"grainTicketsPerCpuSecond\":{grainResult.PerCpuSecond:F0},\"grainTicketsPerSecondWall\":{grainResult.PerWallSecond:F0},\"ratio\":{ratio:F3}}}"));
}
finally
{
    await cluster.StopAllSilosAsync();
    await cluster.DisposeAsync();
}

static void Check(IReadOnlyList<string> errors)
{
    if (errors.Count > 0)
    {
        throw new InvalidOperationException(string.Join("; ", errors));
    }
}

static Result Best(params Result[] runs) => runs.MaxBy(r => r.PerCpuSecond)!;

static Result Measure(Func<long> work)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    long credited = work();
    wall.Stop();
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    return new Result(credited, wall.Elapsed, used);
}

static async Task<Result> MeasureAsync(Func<Task<long>> work)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    long credited = await work();
    wall.Stop();
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    return new Result(credited, wall.Elapsed, used);
}

static void Report(string name, Result r, long expected) =>
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-46} credited {r.Credited}/{expected}  wall {r.Wall.TotalSeconds:F2}s  cpu {r.Cpu.TotalSeconds:F2}s  {r.PerCpuSecond:F0} tickets/cpu-s  {r.PerWallSecond:F0} tickets/s"));

internal sealed record Result(long Credited, TimeSpan Wall, TimeSpan Cpu)
{
    public double PerCpuSecond => Credited / Cpu.TotalSeconds;

    public double PerWallSecond => Credited / Wall.TotalSeconds;
}
