using Livepeer.Chain.Contracts.Abi;
using Livepeer.DevChain.Contracts;

namespace Livepeer.Chain.Tests.DevChain;

// chain.md §10.6 scenario 2 and §3: rounds follow block.number; initializeRound records a real block hash.
[Collection(DevChainCollection.Name)]
public sealed class RoundsManagerDoubleTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    [Fact]
    public async Task The_deployment_leaves_the_current_round_initialized_with_a_block_hash()
    {
        Assert.True(await CurrentRoundInitializedAsync());
        Assert.Equal(D.CurrentRound, await CurrentRoundAsync());
        Assert.False((await BlockHashForRoundAsync(D.CurrentRound)).IsZero);
        Assert.Equal(D.RoundLength, LivepeerAbi.DecodeRoundLength(await CallAsync(D.RoundsManager, LivepeerAbi.EncodeRoundLength())));
    }

    [Fact]
    public async Task Mining_a_round_length_of_blocks_leaves_the_next_round_uninitialized_until_initializeRound()
    {
        var round = await CurrentRoundAsync();
        await MineAsync(D.RoundLength);

        Assert.Equal(round + 1, await CurrentRoundAsync());
        Assert.False(await CurrentRoundInitializedAsync());
        Assert.True((await BlockHashForRoundAsync(round + 1)).IsZero);

        var receipt = await SendAsync(Stranger, D.RoundsManager, LivepeerAbi.EncodeInitializeRound());

        var log = Assert.Single(receipt.LogsOf(D.RoundsManager, LivepeerAbi.NewRoundEvent));
        var newRound = LivepeerAbi.DecodeNewRound(log.ToEventLog());
        Assert.Equal(round + 1, newRound.Round);
        Assert.False(newRound.BlockHash.IsZero);
        Assert.Equal(newRound.BlockHash, await BlockHashForRoundAsync(round + 1));
        // The hash of the block before the one initializeRound was mined in.
        var previous = await Eth.GetBlockByNumberAsync(receipt.BlockNumber - 1);
        Assert.Equal(previous!.Hash, newRound.BlockHash);
        Assert.True(await CurrentRoundInitializedAsync());
        Assert.Equal(round + 1, LivepeerAbi.DecodeLastInitializedRound(await CallAsync(D.RoundsManager, LivepeerAbi.EncodeLastInitializedRound())));
    }

    [Fact]
    public async Task A_round_initializes_once()
    {
        Assert.Equal("round already initialized", await RevertReasonAsync(Stranger, D.RoundsManager, LivepeerAbi.EncodeInitializeRound()));
    }

    [Fact]
    public async Task The_round_and_its_start_block_follow_the_block_number()
    {
        var round = await CurrentRoundAsync();
        var start = await CurrentRoundStartBlockAsync();
        var blockNum = LivepeerAbi.DecodeBlockNum(await CallAsync(D.RoundsManager, LivepeerAbi.EncodeBlockNum()));
        Assert.InRange(blockNum - start, 0, D.RoundLength - 1);

        await MineAsync(start + 3 * D.RoundLength - blockNum);

        Assert.Equal(round + 3, await CurrentRoundAsync());
        Assert.Equal(start + 3 * D.RoundLength, await CurrentRoundStartBlockAsync());
    }

    [Fact]
    public async Task SetRoundLength_rebases_on_the_current_round_start()
    {
        var round = await CurrentRoundAsync();
        var start = await CurrentRoundStartBlockAsync();

        // Longer: the current round keeps its start and simply lasts longer, as on mainnet.
        var receipt = await SendAsync(Deployer, D.RoundsManager, DevChainAbi.EncodeSetRoundLength(200));

        Assert.Equal("roundLength", LivepeerAbi.DecodeParameterUpdate(Assert.Single(receipt.Logs).ToEventLog()));
        Assert.Equal(round, await CurrentRoundAsync());
        Assert.Equal(start, await CurrentRoundStartBlockAsync());
        var latest = await Eth.BlockNumberAsync();
        await MineAsync(start + 199 - latest);
        Assert.Equal(round, await CurrentRoundAsync());
        await MineAsync(1);
        Assert.Equal(round + 1, await CurrentRoundAsync());
        Assert.Equal(start + 200, await CurrentRoundStartBlockAsync());
    }

    [Fact]
    public async Task Owner_functions_refuse_other_callers()
    {
        Assert.Equal("caller must be Controller owner", await RevertReasonAsync(Stranger, D.RoundsManager, DevChainAbi.EncodeSetRoundLength(10)));
        Assert.Equal("round length cannot be 0", await RevertReasonAsync(Deployer, D.RoundsManager, DevChainAbi.SetRoundLength.EncodeCall(0L)));
    }

    [Fact]
    public async Task The_block_number_override_moves_rounds_without_mining()
    {
        var round = await CurrentRoundAsync();
        await SendAsync(Deployer, D.RoundsManager, DevChainAbi.MineBlocks.EncodeCall(2 * D.RoundLength));
        Assert.Equal(round + 2, await CurrentRoundAsync());

        await SendAsync(Deployer, D.RoundsManager, DevChainAbi.SetBlockNumOverride.EncodeCall(0L));
        Assert.Equal(round, await CurrentRoundAsync());
    }

    [Fact]
    public async Task Initializing_with_the_system_paused_reverts()
    {
        await MineAsync(D.RoundLength);
        await SendAsync(Deployer, D.Controller, DevChainAbi.Pause.EncodeCall());
        Assert.Equal("system is paused", await RevertReasonAsync(Stranger, D.RoundsManager, LivepeerAbi.EncodeInitializeRound()));
    }
}
