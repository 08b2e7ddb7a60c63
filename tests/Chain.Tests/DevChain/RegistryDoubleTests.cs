using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.DevChain.Contracts;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Tests.DevChain;

// The Controller, BondingManager and ServiceRegistry doubles as a node reads them (chain.md §1, §4, §5, §6).
[Collection(DevChainCollection.Name)]
public sealed class RegistryDoubleTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    [Theory]
    [InlineData("TicketBroker")]
    [InlineData("RoundsManager")]
    [InlineData("BondingManager")]
    [InlineData("ServiceRegistry")]
    public async Task The_Controller_resolves_each_manager_by_keccak_of_its_name(string name)
    {
        var expected = name switch
        {
            "TicketBroker" => D.TicketBroker,
            "RoundsManager" => D.RoundsManager,
            "BondingManager" => D.BondingManager,
            _ => D.ServiceRegistry,
        };

        Assert.Equal(expected, LivepeerAbi.DecodeGetContract(await CallAsync(D.Controller, LivepeerAbi.EncodeGetContract(name))));
        // Each manager points back at the Controller.
        var controller = AbiFunction.Parse("controller()", "(address)");
        Assert.Equal(D.Controller, controller.DecodeSingleOutput(await CallAsync(expected, controller.EncodeCall())).AsAddress());
    }

    [Fact]
    public async Task Unknown_names_resolve_to_zero_and_only_the_owner_registers()
    {
        Assert.True(LivepeerAbi.DecodeGetContract(await CallAsync(D.Controller, LivepeerAbi.EncodeGetContract("Minter"))).IsZero);
        Assert.True(LivepeerAbi.DecodeGetContract(await CallAsync(D.Controller, LivepeerAbi.EncodeGetContract("AIServiceRegistry"))).IsZero);
        Assert.False(LivepeerAbi.DecodePaused(await CallAsync(D.Controller, LivepeerAbi.EncodePaused())));
        Assert.Equal(D.Deployer, DevChainAbi.Owner.DecodeSingleOutput(await CallAsync(D.Controller, DevChainAbi.Owner.EncodeCall())).AsAddress());

        // Ownable's bare require: a revert without a reason.
        Assert.Equal("reverted without a reason", await RevertReasonAsync(Stranger, D.Controller, DevChainAbi.EncodeSetContractInfo("Minter", Stranger.Address)));

        var receipt = await SendAsync(Deployer, D.Controller, DevChainAbi.EncodeSetContractInfo("Minter", Stranger.Address));
        var log = LivepeerAbi.DecodeSetContractInfo(Assert.Single(receipt.Logs).ToEventLog());
        Assert.Equal(LivepeerAbi.ContractId("Minter"), log.Id);
        Assert.Equal(Stranger.Address, log.ContractAddress);
    }

    [Fact]
    public async Task The_orchestrator_is_registered_active_and_first_in_the_pool()
    {
        Assert.True(LivepeerAbi.DecodeIsRegisteredTranscoder(await CallAsync(D.BondingManager, LivepeerAbi.EncodeIsRegisteredTranscoder(D.Orchestrator))));
        Assert.True(LivepeerAbi.DecodeIsActiveTranscoder(await CallAsync(D.BondingManager, LivepeerAbi.EncodeIsActiveTranscoder(D.Orchestrator))));
        Assert.Equal(D.Orchestrator, LivepeerAbi.DecodeFirstTranscoderInPool(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetFirstTranscoderInPool())));
        Assert.Equal(D.Stake, LivepeerAbi.DecodeTranscoderTotalStake(await CallAsync(D.BondingManager, LivepeerAbi.EncodeTranscoderTotalStake(D.Orchestrator))));
        // Decoded as numbers: like mainnet's MAX_FUTURE_ROUND, an active transcoder's deactivationRound is 2^256-1.
        var transcoder = LivepeerAbi.GetTranscoder.DecodeOutput(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetTranscoder(D.Orchestrator)));
        Assert.Equal(new BigInteger(D.CurrentRound), transcoder[4].AsNumber());
        Assert.Equal(Livepeer.Protocol.Numerics.BigEndian.MaxUint256, transcoder[5].AsNumber());
        Assert.Equal(100, LivepeerAbi.DecodeTranscoderPoolMaxSize(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetTranscoderPoolMaxSize())));
    }

    [Fact]
    public async Task The_pool_is_ordered_by_stake_and_walks_first_to_next()
    {
        var small = EthKey.Generate().Address;
        var big = EthKey.Generate().Address;
        await SendAsync(Deployer, D.BondingManager, DevChainAbi.EncodeSetTranscoder(small, true, true, 1));
        var activated = await SendAsync(Deployer, D.BondingManager, DevChainAbi.EncodeSetTranscoder(big, true, true, D.Stake * 2));

        var log = Assert.Single(activated.Logs);
        Assert.True(log.Is(LivepeerAbi.TranscoderActivatedEvent));
        var walk = new List<EthAddress>();
        var next = LivepeerAbi.DecodeFirstTranscoderInPool(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetFirstTranscoderInPool()));
        while (!next.IsZero)
        {
            walk.Add(next);
            next = LivepeerAbi.DecodeNextTranscoderInPool(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetNextTranscoderInPool(next)));
        }
        Assert.Equal([big, D.Orchestrator, small], walk);

        var deactivated = await SendAsync(Deployer, D.BondingManager, DevChainAbi.EncodeSetTranscoder(big, true, false, D.Stake * 2));
        Assert.True(Assert.Single(deactivated.Logs).Is(LivepeerAbi.TranscoderDeactivatedEvent));
        Assert.False(LivepeerAbi.DecodeIsActiveTranscoder(await CallAsync(D.BondingManager, LivepeerAbi.EncodeIsActiveTranscoder(big))));
        Assert.Equal(2, LivepeerAbi.DecodeTranscoderPoolSize(await CallAsync(D.BondingManager, LivepeerAbi.EncodeGetTranscoderPoolSize())));
    }

    [Fact]
    public async Task Fees_are_credited_only_by_the_TicketBroker_and_setTranscoder_only_by_the_owner()
    {
        var update = AbiFunction.Parse("updateTranscoderWithFees(address,uint256,uint256)");
        Assert.Equal("caller must be TicketBroker", await RevertReasonAsync(Stranger, D.BondingManager, update.EncodeCall(D.Orchestrator, 1L, 1L), 1));
        Assert.Equal(
            "caller must be Controller owner",
            await RevertReasonAsync(Stranger, D.BondingManager, DevChainAbi.EncodeSetTranscoder(Stranger.Address, true, true, BigInteger.One)));
    }

    [Fact]
    public async Task The_service_registries_hold_the_orchestrators_uri_and_anyone_sets_their_own()
    {
        Assert.Equal(D.ServiceUri, LivepeerAbi.DecodeServiceUri(await CallAsync(D.ServiceRegistry, LivepeerAbi.EncodeGetServiceUri(D.Orchestrator))));
        Assert.Equal(D.ServiceUri, LivepeerAbi.DecodeServiceUri(await CallAsync(D.AIServiceRegistry, LivepeerAbi.EncodeGetServiceUri(D.Orchestrator))));
        Assert.Equal("", LivepeerAbi.DecodeServiceUri(await CallAsync(D.ServiceRegistry, LivepeerAbi.EncodeGetServiceUri(Stranger.Address))));

        var receipt = await SendAsync(Stranger, D.AIServiceRegistry, LivepeerAbi.EncodeSetServiceUri("https://ai.example:8936"));

        Assert.Equal(new ServiceUriUpdateLog(Stranger.Address, "https://ai.example:8936"), LivepeerAbi.DecodeServiceUriUpdate(Assert.Single(receipt.Logs).ToEventLog()));
        Assert.Equal("https://ai.example:8936", LivepeerAbi.DecodeServiceUri(await CallAsync(D.AIServiceRegistry, LivepeerAbi.EncodeGetServiceUri(Stranger.Address))));
        Assert.Equal("", LivepeerAbi.DecodeServiceUri(await CallAsync(D.ServiceRegistry, LivepeerAbi.EncodeGetServiceUri(Stranger.Address))));
    }

    [Fact]
    public async Task The_deployment_funded_the_gateway()
    {
        var info = await SenderInfoAsync(D.Gateway);

        Assert.Equal(D.Deposit, info.Deposit);
        Assert.Equal(D.Reserve, info.Reserve.FundsRemaining);
        Assert.Equal(0, info.WithdrawRound);
        Assert.Equal(D.Deposit + D.Reserve, await BalanceAsync(D.TicketBroker));
    }
}
