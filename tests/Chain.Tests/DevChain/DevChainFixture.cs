using Livepeer.DevChain.Deployment;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Chain.Tests.DevChain;

/// <summary>
/// One ganache with the doubles deployed by <see cref="DevChainDeployer"/> (round length 50, unlock and validity
/// periods 2 as on mainnet): gateway #1 funded, orchestrator #2 registered and active. Tests snapshot the chain
/// and revert it afterwards (<see cref="DevChainTestBase"/>), so each one starts from this state.
/// </summary>
public sealed class DevChainFixture : GanacheFixture
{
    public const long RoundLength = 50;

    private DevChainDeployment? _deployment;

    public DevChainDeployment Deployment => _deployment ?? throw new InvalidOperationException("the doubles have not been deployed: the fixture's InitializeAsync has not run.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _deployment = await DevChainDeployer.DeployAsync(new DevChainDeployOptions { RpcUrl = Url, RoundLength = RoundLength });
    }
}
