using System.Globalization;
using Livepeer.DevChain.Accounts;
using Livepeer.DevChain.Deployment;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport.Azurite;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Wire.Tests.Infrastructure;

/// <summary>
/// An orchestrator-only node as a remote gateway sees it: ganache with the dev contracts (the dev orchestrator
/// registered and the dev gateway funded), Azurite for media, a silo on the dev network and its gateway API with
/// the wire endpoints on (TLS, a self-signed certificate in a temporary data directory), priced at
/// <see cref="PricePerPixel"/> wei per pixel.
/// </summary>
public sealed class WireNode : IAsyncLifetime
{
    public const long PricePerPixel = 1;

    private readonly string _folder = Directory.CreateTempSubdirectory("livepeer-wire-").FullName;
    private AzuriteServer? _azurite;
    private GanacheServer? _ganache;

    public DevChainDeployment Deployment { get; private set; } = null!;

    public InProcessSilo Silo { get; private set; } = null!;

    public InProcessGatewayApi Api { get; private set; } = null!;

    public EthAddress Orchestrator => Deployment.Orchestrator;

    /// <summary>The dev gateway's key: a sender with deposit and reserve.</summary>
    public EthKey GatewayKey { get; } = DevChainAccounts.Key(1);

    public Uri WireUrl => Api.WireUrl ?? throw new InvalidOperationException("the wire endpoints are off");

    public string DataDirectory => Path.Combine(_folder, "wire");

    public string CertificatePem => Path.Combine(DataDirectory, Gateway.Api.Wire.WireCertificate.PemFileName);

    public string AzuriteConnectionString => _azurite!.ConnectionString;

    public Uri GanacheUrl => _ganache!.Url;

    public string DeploymentFile => Path.Combine(_folder, "deployment.json");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(AzuriteServices.Blob | AzuriteServices.Table);
        _ganache = await GanacheServer.StartAsync();
        Deployment = await DevChainDeployer.DeployAsync(new DevChainDeployOptions { RpcUrl = _ganache.Url, RoundLength = 1_000 });
        await File.WriteAllTextAsync(DeploymentFile, Deployment.ToJson());
        var keyFile = Path.Combine(_folder, "orchestrator.key");
        await File.WriteAllTextAsync(keyFile, DevChainAccounts.OrchestratorKeyHex);

        Silo = await InProcessSilo.StartAsync(Deployment.Orchestrator, ChainSettings(new Dictionary<string, string?>()));
        Api = await InProcessGatewayApi.StartAsync(Silo, new Dictionary<string, string?>
        {
            ["OrchestratorWire:Enabled"] = "true",
            ["OrchestratorWire:Url"] = "https://127.0.0.1:0",
            ["OrchestratorWire:Orchestrator"] = Deployment.Orchestrator.ToString(),
            ["OrchestratorWire:DataDirectory"] = DataDirectory,
            ["OrchestratorWire:SigningKeyFile"] = keyFile,
            ["Storage:ConnectionString"] = AzuriteConnectionString,
        });
        var orchestrator = Silo.Grains.GetGrain<IOrchestratorGrain>(Deployment.Orchestrator.ToLowerHex());
        Assert.Empty(await orchestrator.SetPrices(new PriceBook(new PriceEntry(null, null, null, PricePerPixel, 1), false, [])));
        await WaitForChainTimeAsync(Silo);
    }

    /// <summary>Settings of a silo on this node's dev chain, over <paramref name="settings"/>.</summary>
    public Dictionary<string, string?> ChainSettings(Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Chain:Network"] = "dev",
            ["Chain:RpcUrl"] = GanacheUrl.ToString(),
            ["Chain:DeploymentFile"] = DeploymentFile,
            ["Storage:ConnectionString"] = AzuriteConnectionString,
            ["Livepeer:ChainWatcher:PollInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        return all;
    }

    /// <summary>Waits until the silo's chain watcher has read the chain (quotes need chain time).</summary>
    public async Task WaitForChainTimeAsync(InProcessSilo silo)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if ((await silo.Grains.GetGrain<IRoundGrain>(Deployment.ChainId).Get()).IsKnown)
            {
                return;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"the silo did not read chain {Deployment.ChainId} within 60 s"));
    }

    public async Task DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
        if (_ganache is not null)
        {
            await _ganache.DisposeAsync();
        }
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
