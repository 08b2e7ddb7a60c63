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
    [InlineData("dev", "Chain:Network: network dev is not available yet: only offchain runs today (the dev chain connection is still to come).")]
    [InlineData("arbitrum-one", "Chain:Network: network arbitrum-one is not available yet: only offchain runs today (the arbitrum-one chain connection is still to come).")]
    [InlineData("mainnet", "Chain:Network must be one of offchain, dev, arbitrum-one (was \"mainnet\").")]
    [InlineData("Offchain", "Chain:Network must be one of offchain, dev, arbitrum-one (was \"Offchain\").")]
    public void Other_networks_are_refused_with_the_reason(string network, string expected)
    {
        var result = new ChainOptionsValidator().Validate(null, new ChainOptions { Network = network });

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
