using System.Security.Cryptography;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Offchain;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Chain;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.Silo.Orchestrator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Tests.Orchestrator;

/// <summary>The real silo host, started in this process (offchain, memory state, free ports).</summary>
public sealed class SiloStartUpTests
{
    private static EthAddress RandomAddress() => new(RandomNumberGenerator.GetBytes(EthAddress.Length));

    [Fact]
    public async Task The_node_orchestrator_is_configured_with_its_service_uri_and_listed_at_start_up()
    {
        var address = RandomAddress();
        await using var silo = await InProcessSilo.StartAsync(address, new Dictionary<string, string?> { ["Orchestrator:ServiceUri"] = "https://orchestrator.example:8935" });

        var settings = await silo.Grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex()).GetSettings();
        var snapshot = await silo.Grains.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey).GetSnapshot();

        Assert.Equal("https://orchestrator.example:8935", settings.ServiceUri);
        var entry = Assert.Single(snapshot.Entries);
        Assert.Equal(address, entry.Listing.Orchestrator);
        Assert.True(entry.Listing.InCluster);
        Assert.Equal("https://orchestrator.example:8935", entry.Listing.ServiceUri);
        Assert.Equal(0, entry.Stake);
        Assert.Contains(silo.Logs.Logs, l => l.Message.StartsWith($"Orchestrator {address} listed (service URI https://orchestrator.example:8935;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task A_GPU_silo_advertises_transcoding_so_that_selection_finds_its_orchestrator(string gpu, bool advertised)
    {
        var address = RandomAddress();
        await using var silo = await InProcessSilo.StartAsync(address, new Dictionary<string, string?>
        {
            ["Silo:Gpu"] = gpu,
            ["Livepeer:Transcoding:MaxConcurrentSegments"] = "3",
        });

        var settings = await silo.Grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex()).GetSettings();

        var transcoding = settings.Capabilities.Where(c => c.Capability == 0).ToList();
        Assert.Equal(advertised, transcoding.Count == 1);
        if (advertised)
        {
            Assert.Equal(new OrchestratorCapability(0, null, true, 3), transcoding[0]);
        }
    }

    [Fact]
    public async Task Registering_again_keeps_the_prices_and_other_settings()
    {
        var address = RandomAddress();
        await using var silo = await InProcessSilo.StartAsync(address);
        var orchestrator = silo.Grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex());
        var book = new PriceBook(new PriceEntry(null, null, null, 3, 2), false, [new PriceEntry(null, 27, "m", 1, 4)]);
        Assert.Empty(await orchestrator.SetPrices(book));
        var settings = await orchestrator.GetSettings();
        Assert.Empty(await orchestrator.Configure(settings with { TicketEV = settings.TicketEV + 1 }));

        // What a second silo, or this one after a restart, runs at start-up.
        await ActivatorUtilities.CreateInstance<NodeOrchestratorRegistration>(silo.Host.Services).Execute(CancellationToken.None);

        var prices = await orchestrator.GetPrices();
        Assert.Equal(book.BasePrice, prices.BasePrice);
        Assert.Equal(book.Entries, prices.Entries);
        Assert.False(prices.AutoAdjust);
        Assert.Equal(settings.TicketEV + 1, (await orchestrator.GetSettings()).TicketEV);
    }

    [Fact]
    public async Task Configured_ticket_numbers_replace_the_stored_ones_at_start_up()
    {
        var address = RandomAddress();
        await using var silo = await InProcessSilo.StartAsync(address, new Dictionary<string, string?>
        {
            ["Payments:TicketEV"] = "1000000000000000",
            ["Payments:MaxFaceValue"] = "1250000000000000",
        });
        var orchestrator = silo.Grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex());
        var settings = await orchestrator.GetSettings();
        Assert.Equal(System.Numerics.BigInteger.Pow(10, 15), settings.TicketEV);
        Assert.Equal(System.Numerics.BigInteger.Pow(10, 15) * 5 / 4, settings.MaxFaceValue);
        Assert.Empty(await orchestrator.Configure(settings with { TicketEV = 7, MaxFaceValue = 0 }));

        // What the next start runs: the configured numbers win over the stored ones.
        await ActivatorUtilities.CreateInstance<NodeOrchestratorRegistration>(silo.Host.Services).Execute(CancellationToken.None);

        settings = await orchestrator.GetSettings();
        Assert.Equal(System.Numerics.BigInteger.Pow(10, 15), settings.TicketEV);
        Assert.Equal(System.Numerics.BigInteger.Pow(10, 15) * 5 / 4, settings.MaxFaceValue);
    }

    [Fact]
    public async Task A_gateway_only_node_with_a_discovery_source_lists_no_orchestrator_of_its_own()
    {
        var address = RandomAddress();
        await using var silo = await InProcessSilo.StartAsync(address, new Dictionary<string, string?>
        {
            ["Orchestrator:Enabled"] = "false",
            ["Livepeer:Discovery:Orchestrators:0"] = "https://127.0.0.1:1",
            ["Livepeer:Discovery:RefreshInterval"] = "01:00:00",
        });

        Assert.DoesNotContain((await silo.Grains.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey).GetSnapshot()).Entries, e => e.Listing.InCluster);
    }

    [Fact]
    public async Task Offchain_the_chain_throws_and_the_watcher_stays_off_even_when_configured_on()
    {
        await using var silo = await InProcessSilo.StartAsync(RandomAddress(), new Dictionary<string, string?> { ["Livepeer:ChainWatcher:Enabled"] = "true" });

        Assert.IsType<OffchainChain>(silo.Host.Services.GetRequiredService<ILivepeerChain>());
        Assert.False(silo.Host.Services.GetRequiredService<IOptions<ChainWatcherOptions>>().Value.Enabled);
    }

    [Theory]
    [InlineData("Chain:Network", "dev", "Chain:DeploymentFile (written by `lpctl devchain deploy --out`) or Chain:ControllerAddress is required on the dev network")]
    [InlineData("Chain:Network", "arbitrum-one", "Chain:RpcUrl is required on arbitrum-one")]
    [InlineData("Orchestrator:Address", "0x1234", "Orchestrator:Address must be an ETH address")]
    [InlineData("Orchestrator:ServiceUri", "not a uri", "Orchestrator:ServiceUri must be an absolute http or https URI")]
    [InlineData("Orchestrator:Enabled", "false", "Orchestrator:Enabled is false (a gateway-only node), so it needs orchestrators to buy from: set Livepeer:Discovery:Orchestrators, Livepeer:Discovery:WebhookUrl or Livepeer:Discovery:OnChain=true.")]
    [InlineData("Payments:TicketEV", "1e15", "Payments:TicketEV must be a whole number of wei in decimal digits")]
    public async Task Bad_node_settings_stop_the_silo_before_it_starts(string key, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => InProcessSilo.StartAsync(RandomAddress(), new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
