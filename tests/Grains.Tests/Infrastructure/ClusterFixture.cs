using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Directory;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Providers;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Livepeer.Grains.Tests.Infrastructure;

/// <summary>
/// One in-process silo for every grain test: memory grain storage through System.Text.Json (the
/// production storage's serializer, so state round-trips as it would in Azure Tables), an in-memory
/// chain, and the gateway signer. The chain watcher's loop is off; tests poll it explicitly.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly BigInteger Funds = BigInteger.Pow(10, 18);

    private const string MemoryStorageName = "memory";

    public const string StaticOrchestratorUri = "https://static-orchestrator.example:8935";

    public InMemoryChain Chain { get; } = new(roundLength: 100_000, startBlock: 5_000_000);

    public TestChain SiloChain { get; }

    /// <summary>The gateway's key, held by the silo's ticket signer.</summary>
    public EthKey GatewayKey { get; } = EthKey.Generate();

    public EthAddress StaticOrchestrator { get; } = EthKey.Generate().Address;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public ClusterFixture() => SiloChain = new TestChain(Chain);

    public async Task InitializeAsync()
    {
        // The pool is read once per round: an active transcoder from the start keeps the max float positive.
        Chain.RegisterTranscoder(EthKey.Generate().Address, stake: 1_000);
        Chain.FundDepositAndReserve(GatewayKey.Address, Funds, Funds);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(MemoryStorageName, o => o.GrainStorageSerializer =
                new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions())));
            silo.Services.AddKeyedSingleton<IGrainStorage>(
                ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                (services, _) => new GatedGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(MemoryStorageName)));
            silo.Services.AddSingleton(services => services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
            silo.AddPaymentGrains(SiloChain, GatewayKey);
            silo.Services.Configure<OrchestratorDirectoryOptions>(o => o.Orchestrators.Add(new StaticOrchestrator
            {
                Address = StaticOrchestrator.ToLowerHex(),
                ServiceUri = StaticOrchestratorUri,
            }));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    public ChainWatcher Watcher => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<ChainWatcher>();

    public IRoundGrain Round => Client.GetGrain<IRoundGrain>(Chain.ChainId);

    /// <summary>One poll of the chain watcher, as its loop would do.</summary>
    public Task<ChainTime> PollAsync() => Watcher.PollOnceAsync();

    /// <summary>Mines blocks and lets the watcher see them (which also wakes waiting redemption queues).</summary>
    public Task<ChainTime> MineAsync(long blocks)
    {
        Chain.MineBlocks(blocks);
        return PollAsync();
    }

    /// <summary>
    /// A new active orchestrator with its own address, configured and priced; returns its grain and address.
    /// </summary>
    public async Task<(IOrchestratorGrain Grain, EthAddress Address)> NewOrchestratorAsync(
        BigInteger ticketEV, BigInteger maxFaceValue, long pricePerUnit = 1, long pixelsPerUnit = 1, bool autoAdjust = false)
    {
        var address = EthKey.Generate().Address;
        Chain.RegisterTranscoder(address, stake: 1_000);
        var grain = Client.GetGrain<IOrchestratorGrain>(address.ToLowerHex());
        Assert.Empty(await grain.Configure(new OrchestratorSettings("", ticketEV, maxFaceValue, [])));
        Assert.Empty(await grain.SetPrices(new PriceBook(new PriceEntry(null, null, null, pricePerUnit, pixelsPerUnit), autoAdjust, [])));
        return (grain, address);
    }

    /// <summary>Writes a grain's state straight to the silo's storage, as an earlier version of the grain might have.</summary>
    public Task WriteStateAsync<T>(string grainType, string key, string stateName, T value) =>
        Storage.WriteStateAsync(stateName, GrainId.Create(grainType, key), new GrainState<T>(value));

    /// <summary>Reads a grain's state from the silo's storage as it was last written.</summary>
    public async Task<T> ReadStateAsync<T>(string grainType, string key, string stateName)
    {
        var state = new GrainState<T>();
        await Storage.ReadStateAsync(stateName, GrainId.Create(grainType, key), state);
        return state.State ?? throw new InvalidOperationException($"no {stateName} state stored for {grainType}/{key}");
    }

    /// <summary>The silo's default grain storage, whose writes tests can hold.</summary>
    public GatedGrainStorage Storage => (GatedGrainStorage)Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress)
        .GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    /// <summary>A funded ticket sender of the test's own (not the gateway's signer).</summary>
    public EthKey NewSender()
    {
        var key = EthKey.Generate();
        Chain.FundDepositAndReserve(key.Address, Funds, Funds);
        return key;
    }
}
