using Livepeer.Chain.Keystore;
using Livepeer.Chain.Network;
using Livepeer.Protocol.Crypto;
using Livepeer.Silo.Chain;
using Livepeer.Silo.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Tests.Chain;

public sealed class NodeChainSetupTests : IDisposable
{
    private const string Controller = "0x1111111111111111111111111111111111111111";
    private static readonly OrchestratorOptions DevOrchestrator = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("nodechain-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Dev_defaults_to_ganache_accounts_2_and_1_round_initialization_and_chain_1337()
    {
        var setup = NodeChainSetup.Resolve(new ChainOptions { Network = "dev", ControllerAddress = Controller }, DevOrchestrator);

        Assert.Equal(EthAddress.Parse("0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b"), setup.OrchestratorKey.Address);
        Assert.Equal(EthAddress.Parse("0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0"), setup.GatewayKey!.Address);
        Assert.True(setup.InitializeRounds);
        Assert.Equal(1337, setup.Connection.ChainId);
        Assert.Equal(EthAddress.Parse(Controller), setup.Connection.Controller);
        Assert.Equal(new Uri("http://127.0.0.1:8545"), setup.Connection.Rpc.Url);
    }

    [Fact]
    public void A_gateway_only_dev_node_leaves_round_initialization_to_the_orchestrators_node_unless_told()
    {
        var gatewayOnly = new OrchestratorOptions { Enabled = false };

        var byDefault = NodeChainSetup.Resolve(new ChainOptions { Network = "dev", ControllerAddress = Controller }, gatewayOnly);
        var told = NodeChainSetup.Resolve(new ChainOptions { Network = "dev", ControllerAddress = Controller, InitializeRounds = true }, gatewayOnly);

        Assert.False(byDefault.InitializeRounds);
        Assert.True(told.InitializeRounds);
    }

    [Fact]
    public async Task Dev_reads_the_chain_id_controller_and_ai_registry_from_the_deployment_file()
    {
        var file = Path.Combine(_dir, "deployment.json");
        await File.WriteAllTextAsync(file, """
            {"chainId": 31337, "controller": "0x1111111111111111111111111111111111111111",
             "contracts": {"AIServiceRegistry": "0x2222222222222222222222222222222222222222"},
             "gateway": "0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0", "orchestrator": "0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b"}
            """);

        var setup = NodeChainSetup.Resolve(new ChainOptions { Network = "dev", DeploymentFile = file, RpcUrl = "http://127.0.0.1:9545" }, DevOrchestrator);

        Assert.Equal(31337, setup.Connection.ChainId);
        Assert.Equal(EthAddress.Parse(Controller), setup.Connection.Controller);
        Assert.Equal(EthAddress.Parse("0x2222222222222222222222222222222222222222"), setup.Connection.AiServiceRegistry);
        Assert.Equal(new Uri("http://127.0.0.1:9545"), setup.Connection.Rpc.Url);
    }

    [Fact]
    public async Task Arbitrum_one_opens_the_orchestrators_keystore_and_uses_the_mainnet_contracts()
    {
        var (address, keystore, passwordFile) = await KeystoreAsync("correct horse");

        var setup = NodeChainSetup.Resolve(
            new ChainOptions
            {
                Network = "arbitrum-one",
                RpcUrl = "https://arb1.example/rpc",
                OrchestratorKey = new ChainKeyOptions { KeystoreFile = keystore, PasswordFile = passwordFile },
            },
            new OrchestratorOptions { Address = address.ToString() });

        Assert.Equal(address, setup.OrchestratorKey.Address);
        Assert.Null(setup.GatewayKey);
        Assert.False(setup.InitializeRounds);
        Assert.Equal(42161, setup.Connection.ChainId);
        Assert.Equal(EthAddress.Parse(LivepeerChainOptions.ArbitrumOneController), setup.Connection.Controller);
        Assert.Equal(EthAddress.Parse(LivepeerChainOptions.ArbitrumOneAiServiceRegistry), setup.Connection.AiServiceRegistry);
    }

    [Fact]
    public async Task A_wrong_password_a_foreign_key_and_a_missing_deployment_file_are_each_named()
    {
        var (address, keystore, _) = await KeystoreAsync("right");
        var missing = Path.Combine(_dir, "missing.json");

        var error = Assert.Throws<OptionsValidationException>(() => NodeChainSetup.Resolve(
            new ChainOptions
            {
                Network = "dev",
                DeploymentFile = missing,
                OrchestratorKey = new ChainKeyOptions { KeystoreFile = keystore, Password = "wrong" },
                GatewayKey = new ChainKeyOptions { PrivateKey = "0x6370fd033278c143179d81c5526140625662b8daa446c22ee2d73db3707e620c" },
            },
            new OrchestratorOptions { Address = address.ToString() }));
        var foreign = Assert.Throws<OptionsValidationException>(() => NodeChainSetup.Resolve(
            new ChainOptions { Network = "dev", ControllerAddress = Controller, OrchestratorKey = new ChainKeyOptions { PrivateKey = "0x6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1" } },
            DevOrchestrator));

        Assert.Contains($"Chain:DeploymentFile: the dev chain deployment file {missing} cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Chain:OrchestratorKey:KeystoreFile {keystore}: {KeystoreException.WrongPassword}", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "Chain:OrchestratorKey is the key of 0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0, but Orchestrator:Address is 0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b",
            foreign.Message, StringComparison.Ordinal);
    }

    /// <summary>A new key's keystore and password files; returns its address.</summary>
    private async Task<(EthAddress Address, string Keystore, string PasswordFile)> KeystoreAsync(string password)
    {
        var privateKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var address = new EthKey(privateKey).Address;
        var keystore = Path.Combine(_dir, $"{address.ToLowerHex()}.json");
        var passwordFile = Path.Combine(_dir, $"{address.ToLowerHex()}.password");
        await File.WriteAllTextAsync(keystore, Web3Keystore.Encrypt(privateKey, password, KeystoreScryptOptions.Light));
        await File.WriteAllTextAsync(passwordFile, password + "\n");
        return (address, keystore, passwordFile);
    }
}
