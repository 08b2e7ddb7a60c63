using Livepeer.Chain.Contracts;
using Livepeer.Chain.Network;
using Livepeer.Chain.Offchain;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Hosting;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Livepeer.Silo.Chain;
using Livepeer.Silo.Options;

namespace Livepeer.Silo.Hosting;

public static class ChainExtensions
{
    /// <summary>Name of the HttpClient that carries the node's JSON-RPC requests.</summary>
    public const string HttpClientName = "livepeer-chain";

    /// <summary>
    /// The node's <see cref="ILivepeerChain"/> for <c>Chain:Network</c> (docs/networks.md). Offchain there is no
    /// chain: every chain call throws, and the chain watcher stays off so nothing polls. On dev and arbitrum-one the
    /// chain is JSON-RPC with the orchestrator's key sending the transactions, the chain watcher polls it (and on dev
    /// initializes rounds), and the gateway signs tickets with its own key.
    /// </summary>
    public static ISiloBuilder AddLivepeerChain(this ISiloBuilder silo, IConfiguration configuration)
    {
        var chain = configuration.GetValidated(ChainOptions.SectionName, new ChainOptionsValidator());
        if (chain.Network == ChainNetworks.Offchain)
        {
            silo.Services.AddSingleton<ILivepeerChain, OffchainChain>();
            // PostConfigure: a stray Livepeer:ChainWatcher:Enabled=true must not start polling a chain that is not there.
            silo.Services.PostConfigure<ChainWatcherOptions>(o => o.Enabled = false);
            return silo;
        }

        var orchestrator = configuration.GetValidated(OrchestratorOptions.SectionName, new OrchestratorOptionsValidator());
        var setup = NodeChainSetup.Resolve(chain, orchestrator);
        silo.Services.AddSingleton(setup);
        silo.Services.AddHttpClient(HttpClientName);
        silo.Services.AddSingleton(sp => new JsonRpcLivepeerChain(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), setup.Connection, setup.OrchestratorKey, sp.GetRequiredService<ILoggerFactory>()));
        silo.Services.AddSingleton<ILivepeerChain>(sp => sp.GetRequiredService<JsonRpcLivepeerChain>());
        if (setup.GatewayKey is { } gatewayKey)
        {
            silo.Services.AddGatewaySigner(_ => gatewayKey);
        }
        // Registered before the grains bind Livepeer:ChainWatcher, so a setting there still wins.
        silo.Services.Configure<ChainWatcherOptions>(o => o.InitializeRounds = setup.InitializeRounds);
        if (chain.Network == ChainNetworks.ArbitrumOne)
        {
            silo.Services.Configure<PaymentOptions>(o => o.RedeemGas = PmConstants.RedeemGasArbitrum);
        }
        silo.AddStartupTask<NodeChainCheck>();
        return silo;
    }
}
