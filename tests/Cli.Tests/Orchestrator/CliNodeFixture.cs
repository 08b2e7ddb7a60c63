using System.Security.Cryptography;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Tests.Orchestrator;

/// <summary>A real silo with two real gateway APIs for lpctl to talk to: <see cref="Open"/> (no token, loopback) and <see cref="Guarded"/> (<see cref="Token"/>).</summary>
public sealed class CliNodeFixture : IAsyncLifetime
{
    public const string Token = "lpctl-test-admin-token-42";

    public EthAddress NodeOrchestrator { get; } = RandomAddress();

    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Open { get; private set; } = null!;

    public InProcessGatewayApi Guarded { get; private set; } = null!;

    /// <summary>--api for <see cref="Open"/>.</summary>
    public string OpenApi => Open.Url.ToString();

    public static EthAddress RandomAddress() => new(RandomNumberGenerator.GetBytes(EthAddress.Length));

    public async Task InitializeAsync()
    {
        Silo = await InProcessSilo.StartAsync(NodeOrchestrator);
        Open = await InProcessGatewayApi.StartAsync(Silo);
        Guarded = await InProcessGatewayApi.StartAsync(Silo, new Dictionary<string, string?> { ["Admin:Token"] = Token });
    }

    public async Task DisposeAsync()
    {
        await Guarded.DisposeAsync();
        await Open.DisposeAsync();
        await Silo.DisposeAsync();
    }

    /// <summary>An orchestrator of the cluster of the test's own, listed with free prices.</summary>
    public async Task<EthAddress> NewOrchestratorAsync()
    {
        var address = RandomAddress();
        Assert.Empty(await Silo.Grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex()).Configure(OrchestratorSettings.Default));
        return address;
    }

    public Task<PriceBook> PricesAsync(EthAddress orchestrator) => Silo.Grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).GetPrices();
}
