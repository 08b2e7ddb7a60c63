using Livepeer.Chain.Contracts;
using Livepeer.Grains.Chain;
using Livepeer.Grains.Hosting;
using Livepeer.Grains.Sessions;
using Livepeer.Grains.Tests.Sessions;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Grains.Tests.Infrastructure;

/// <summary>What every test silo has besides its storage: the payment grains, a chain, the gateway signer, no watcher loop.</summary>
public static class TestSilo
{
    public static ISiloBuilder AddPaymentGrains(this ISiloBuilder silo, ILivepeerChain chain, EthKey gatewayKey)
    {
        silo.Services.AddSingleton(chain);
        silo.AddLivepeerGrains();
        silo.Services.AddGatewaySigner(_ => gatewayKey);
        silo.Services.AddSingleton<IJobHandler, LostAnswerJobHandler>();
        // Tests poll the watcher themselves, so chain time moves only when a test says so.
        silo.Services.Configure<ChainWatcherOptions>(o => o.Enabled = false);
        return silo;
    }
}
