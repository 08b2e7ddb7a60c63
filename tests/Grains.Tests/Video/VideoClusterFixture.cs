using System.Numerics;
using Livepeer.AzureStorage.Blobs;
using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Livepeer.TestSupport.Media;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Livepeer.Grains.Tests.Video;

/// <summary>
/// One GPU silo with the in-memory chain, the gateway signer, the native transcoder and Azurite blobs, and three
/// orchestrators of its own: <see cref="Paid"/>, <see cref="Trusted"/> (the only trusted one) and
/// <see cref="Untrusted"/>. Tests pick which ones may be selected with <see cref="UseOnlyAsync"/>.
/// </summary>
public sealed class VideoClusterFixture : IAsyncLifetime
{
    public const long TicketEV = 1_000_000;

    private AzuriteServer? _azurite;

    public InMemoryChain Chain { get; } = new(roundLength: 100_000, startBlock: 5_000_000);

    public EthKey GatewayKey { get; } = EthKey.Generate();

    public EthAddress Paid { get; } = EthKey.Generate().Address;

    public EthAddress Trusted { get; } = EthKey.Generate().Address;

    public EthAddress Untrusted { get; } = EthKey.Generate().Address;

    public TestOrchestrators Behaviour { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public IMediaStore Media => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<IMediaStore>();

    public IOrchestratorDirectoryGrain Directory => Client.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey);

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(AzuriteServices.Blob);
        var chain = new TestChain(Chain);
        Chain.RegisterTranscoder(EthKey.Generate().Address, stake: 1_000);
        Chain.FundDepositAndReserve(GatewayKey.Address, ClusterFixture.Funds, ClusterFixture.Funds);
        var container = "video" + Guid.NewGuid().ToString("N")[..20];
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => VideoSilo.Configure(silo, chain, GatewayKey, gpu: true, _azurite.ConnectionString, container, Behaviour, [Trusted]));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        foreach (var orchestrator in (EthAddress[])[Paid, Trusted, Untrusted])
        {
            Chain.RegisterTranscoder(orchestrator, stake: 1_000);
            Assert.Empty(await Orchestrator(orchestrator).Configure(new OrchestratorSettings("", TicketEV, TicketEV * 4, [])));
        }
        Behaviour.OtherVideo = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180, source: "smptebars");
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    public IOrchestratorGrain Orchestrator(EthAddress address) => Client.GetGrain<IOrchestratorGrain>(address.ToLowerHex());

    /// <summary>Prices <paramref name="active"/> at 1 wei per pixel and the fixture's other orchestrators above the max price.</summary>
    public async Task UseOnlyAsync(params EthAddress[] active)
    {
        foreach (var orchestrator in (EthAddress[])[Paid, Trusted, Untrusted])
        {
            long price = active.Contains(orchestrator) ? 1 : 1_000;
            Assert.Empty(await Orchestrator(orchestrator).SetPrices(new PriceBook(new PriceEntry(null, null, null, price, 1), false, [])));
        }
    }

    public async Task<DirectoryEntry> EntryAsync(EthAddress orchestrator) =>
        (await Directory.GetSnapshot()).Entries.Single(e => e.Listing.Orchestrator == orchestrator);

    /// <summary>A stream id no other test uses.</summary>
    public static string NewStream(string prefix) => UniqueNames.Id(prefix);

    public static BigInteger Funds => ClusterFixture.Funds;
}
