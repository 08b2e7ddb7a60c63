using Livepeer.Silo.Options;

namespace Livepeer.Silo.Tests.Options;

public sealed class NodeOptionsTests
{
    [Fact]
    public void Offchain_is_the_default_network_and_valid()
    {
        var options = new ChainOptions();

        Assert.Equal("offchain", options.Network);
        Assert.True(new ChainOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("mainnet", "Chain:Network must be one of offchain, dev, arbitrum-one (was \"mainnet\").")]
    [InlineData("Offchain", "Chain:Network must be one of offchain, dev, arbitrum-one (was \"Offchain\").")]
    public void Unknown_networks_are_refused_with_the_reason(string network, string expected)
    {
        var result = new ChainOptionsValidator().Validate(null, new ChainOptions { Network = network });

        Assert.Equal(expected, Assert.Single(result.Failures!));
    }

    [Fact]
    public void Dev_with_a_deployment_file_and_the_default_keys_is_valid()
    {
        var result = new ChainOptionsValidator().Validate(null, new ChainOptions { Network = "dev", DeploymentFile = "/tmp/deployment.json" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Arbitrum_one_with_an_rpc_url_and_an_orchestrator_keystore_is_valid()
    {
        var result = new ChainOptionsValidator().Validate(null, new ChainOptions
        {
            Network = "arbitrum-one",
            RpcUrl = "https://arb1.example/rpc",
            OrchestratorKey = new ChainKeyOptions { KeystoreFile = "/keys/orchestrator.json", PasswordFile = "/keys/orchestrator.password" },
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    public static TheoryData<ChainOptions, string> BadChains => new()
    {
        { new ChainOptions { Network = "dev" }, "Chain:DeploymentFile (written by `lpctl devchain deploy --out`) or Chain:ControllerAddress is required on the dev network." },
        { new ChainOptions { Network = "dev", DeploymentFile = "d.json", ControllerAddress = "0x1111111111111111111111111111111111111111" }, "Chain:DeploymentFile and Chain:ControllerAddress: give one of them, not both." },
        { new ChainOptions { Network = "dev", ControllerAddress = "0x1234" }, "Chain:ControllerAddress must be an ETH address: address must be 40 hex digits, got 4: '0x1234'." },
        { new ChainOptions { Network = "dev", DeploymentFile = "d.json", RpcUrl = "127.0.0.1:8545" }, "Chain:RpcUrl must be an http(s) URL such as http://127.0.0.1:8545 (was \"127.0.0.1:8545\")." },
        { new ChainOptions { Network = "dev", DeploymentFile = "d.json", GatewayKey = new ChainKeyOptions { PrivateKey = "0x12" } }, "Chain:GatewayKey:PrivateKey must be 64 hex digits (optionally 0x-prefixed), got 4 characters." },
        { new ChainOptions { Network = "dev", DeploymentFile = "d.json", GatewayKey = new ChainKeyOptions { KeystoreFile = "k.json" } }, "Chain:GatewayKey:KeystoreFile needs its password: Chain:GatewayKey:PasswordFile, or Chain:GatewayKey:Password (e.g. the environment variable Chain__GatewayKey__Password)." },
        { new ChainOptions { Network = "dev", DeploymentFile = "d.json", OrchestratorKey = new ChainKeyOptions { Password = "secret" } }, "Chain:OrchestratorKey: a password was given without Chain:OrchestratorKey:KeystoreFile." },
        { new ChainOptions { Network = "arbitrum-one", OrchestratorKey = new ChainKeyOptions { KeystoreFile = "k.json", Password = "p" } }, "Chain:RpcUrl is required on arbitrum-one: the JSON-RPC URL of an Arbitrum One node or provider." },
        { new ChainOptions { Network = "arbitrum-one", RpcUrl = "https://arb1.example" }, "Chain:OrchestratorKey:KeystoreFile is required on arbitrum-one: the node redeems winning tickets with it." },
        { new ChainOptions { Network = "arbitrum-one", RpcUrl = "https://arb1.example", DeploymentFile = "d.json", OrchestratorKey = new ChainKeyOptions { KeystoreFile = "k.json", Password = "p" } }, "Chain:DeploymentFile is for the dev network; arbitrum-one uses the mainnet Controller (docs/networks.md)." },
        { new ChainOptions { Network = "arbitrum-one", RpcUrl = "https://arb1.example", OrchestratorKey = new ChainKeyOptions { KeystoreFile = "k.json", Password = "p", PrivateKey = "0x" + new string('1', 64) } }, "Chain:OrchestratorKey:PrivateKey is for the dev network only; use Chain:OrchestratorKey:KeystoreFile with a password." },
    };

    [Theory]
    [MemberData(nameof(BadChains))]
    public void Bad_chain_settings_are_refused_with_the_reason(ChainOptions options, string expected)
    {
        var result = new ChainOptionsValidator().Validate(null, options);

        Assert.Equal(expected, Assert.Single(result.Failures!));
    }

    [Theory]
    [InlineData("0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b", "")]
    [InlineData("0x22d491bde2303f2f43325b2108d26f1eaba1e32b", "https://orchestrator.example:8935")]
    [InlineData("22D491BDE2303F2F43325B2108D26F1EABA1E32B", "http://10.0.0.4:8935")]
    public void Checksummed_or_single_case_addresses_and_http_uris_are_accepted(string address, string serviceUri)
    {
        var result = new OrchestratorOptionsValidator().Validate(null, new OrchestratorOptions { Address = address, ServiceUri = serviceUri });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("0x22d491Bde2303f2f43325b2108D26f1eAbA1e32B", "", "Orchestrator:Address must be an ETH address (0x + 40 hex digits, EIP-55 checksummed or all one case): address has a bad EIP-55 checksum: '0x22d491Bde2303f2f43325b2108D26f1eAbA1e32B'.")]
    [InlineData("0x1234", "", "Orchestrator:Address must be an ETH address (0x + 40 hex digits, EIP-55 checksummed or all one case): address must be 40 hex digits, got 4: '0x1234'.")]
    [InlineData("0x0000000000000000000000000000000000000000", "", "Orchestrator:Address must not be the zero address.")]
    [InlineData("0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b", "orchestrator.example:8935", "Orchestrator:ServiceUri must be an absolute http or https URI such as https://orchestrator.example:8935, or empty for in-cluster only (was \"orchestrator.example:8935\").")]
    [InlineData("0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b", "ftp://orchestrator.example", "Orchestrator:ServiceUri must be an absolute http or https URI")]
    public void Bad_orchestrator_settings_are_refused_with_the_reason(string address, string serviceUri, string expected)
    {
        var result = new OrchestratorOptionsValidator().Validate(null, new OrchestratorOptions { Address = address, ServiceUri = serviceUri });

        Assert.StartsWith(expected, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_local_default_is_the_dev_chains_account_2()
    {
        Assert.Equal("0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b", new OrchestratorOptions().Address);
    }
}
