using Livepeer.DevChain.Deployment;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Silo.Tests.DevChain;

/// <summary>
/// One ganache with the doubles deployed as `lpctl devchain deploy` does (round length 100, mainnet's unlock and
/// validity periods), shared by the node tests of <see cref="DevChainNodeCollection"/>. Each test brings its own
/// orchestrator and gateway keys, so the tests do not see each other's deposits, tickets or queues.
/// </summary>
public sealed class DevChainNodeFixture : GanacheFixture
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "livepeer-devnode-" + Guid.NewGuid().ToString("N"));
    private DevChainControl? _control;

    public DevChainControl Chain => _control ?? throw new InvalidOperationException("the dev chain has not been set up: the fixture's InitializeAsync has not run.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _control = await DeployAsync(Url, _directory);
    }

    public override async Task DisposeAsync()
    {
        _control?.Dispose();
        await base.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Deploys the doubles to <paramref name="url"/> and writes the deployment file into <paramref name="directory"/>.</summary>
    public static async Task<DevChainControl> DeployAsync(Uri url, string directory)
    {
        var deployment = await DevChainDeployer.DeployAsync(new DevChainDeployOptions { RpcUrl = url });
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "deployment.json");
        await File.WriteAllTextAsync(file, deployment.ToJson());
        return new DevChainControl(url, deployment, file);
    }
}
