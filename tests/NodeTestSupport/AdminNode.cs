using System.Net.Http.Headers;
using System.Security.Cryptography;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;
using Xunit;

namespace Livepeer.NodeTestSupport;

/// <summary>
/// One real silo (offchain, memory state) with two real gateway APIs on loopback, as an xunit fixture for
/// admin-route and lpctl tests: <see cref="Open"/> without <c>Admin:Token</c> (loopback callers only) and
/// <see cref="Guarded"/> with <see cref="Token"/>.
/// </summary>
public sealed class AdminNode : IAsyncLifetime
{
    public const string Token = "admin-token-for-tests-0123456789";

    public EthAddress NodeOrchestrator { get; } = RandomAddress();

    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Open { get; private set; } = null!;

    public InProcessGatewayApi Guarded { get; private set; } = null!;

    /// <summary>lpctl's --api for <see cref="Open"/>.</summary>
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

    /// <summary>Another orchestrator of the cluster, configured (so listed) with free prices: each test prices its own.</summary>
    public async Task<EthAddress> NewOrchestratorAsync()
    {
        var address = RandomAddress();
        Assert.Empty(await Silo.Grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex()).Configure(OrchestratorSettings.Default));
        return address;
    }

    public Task<PriceBook> PricesAsync(EthAddress orchestrator) => Silo.Grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).GetPrices();

    public HttpClient GuardedClient()
    {
        var client = Guarded.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }
}
