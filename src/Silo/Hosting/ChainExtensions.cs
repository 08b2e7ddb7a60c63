using Livepeer.Chain.Contracts;
using Livepeer.Chain.Offchain;
using Livepeer.Grains.Chain;
using Livepeer.Silo.Options;

namespace Livepeer.Silo.Hosting;

public static class ChainExtensions
{
    /// <summary>
    /// The node's <see cref="ILivepeerChain"/> for <c>Chain:Network</c>. Offchain there is no chain: every chain
    /// call throws, and the chain watcher stays off so nothing polls. The other networks fail validation until
    /// their connection is wired.
    /// </summary>
    public static ISiloBuilder AddLivepeerChain(this ISiloBuilder silo, IConfiguration configuration)
    {
        var chain = configuration.GetValidated(ChainOptions.SectionName, new ChainOptionsValidator());
        switch (chain.Network)
        {
            case ChainNetworks.Offchain:
                silo.Services.AddSingleton<ILivepeerChain, OffchainChain>();
                // PostConfigure: a stray Livepeer:ChainWatcher:Enabled=true must not start polling a chain that is not there.
                silo.Services.PostConfigure<ChainWatcherOptions>(o => o.Enabled = false);
                return silo;
            default:
                throw new InvalidOperationException($"{ChainOptions.SectionName}:Network: network {chain.Network} is not available yet.");
        }
    }
}
