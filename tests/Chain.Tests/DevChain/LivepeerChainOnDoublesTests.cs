using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Network;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Tests.DevChain;

// The node's own chain client (JsonRpcLivepeerChain, DevChain preset) over the deployed doubles: Controller
// resolution, deposit reading, round watching and redemption run end to end on the mainnet ABI (chain.md §10).
[Collection(DevChainCollection.Name)]
public sealed class LivepeerChainOnDoublesTests(DevChainFixture fixture) : DevChainTestBase(fixture)
{
    private readonly HttpClient _chainHttp = new();

    public override async Task DisposeAsync()
    {
        _chainHttp.Dispose();
        await base.DisposeAsync();
    }

    private Task<JsonRpcLivepeerChain> ConnectAsync(EthKey? signer)
    {
        var options = LivepeerChainOptions.DevChain(RpcUrl, D.Controller);
        options.AiServiceRegistryAddress = D.AIServiceRegistry.ToString();
        options.Transactions.ReceiptPollInterval = TimeSpan.FromMilliseconds(50);
        return JsonRpcLivepeerChain.ConnectAsync(_chainHttp, options, signer);
    }

    [Fact]
    public async Task It_resolves_every_double_through_the_Controller_and_reads_the_deployment()
    {
        var chain = await ConnectAsync(signer: null);

        var addresses = await chain.ConnectAsync();
        Assert.Equal(new LivepeerContractAddresses(D.Controller, D.TicketBroker, D.RoundsManager, D.BondingManager, D.ServiceRegistry, D.AIServiceRegistry), addresses);

        var gateway = await chain.GetSenderInfoAsync(D.Gateway);
        Assert.Equal(D.Deposit, gateway.Deposit);
        Assert.Equal(D.Reserve, gateway.Reserve.FundsRemaining);
        var rounds = await chain.GetRoundStateAsync();
        Assert.Equal(D.CurrentRound, rounds.CurrentRound);
        Assert.True(rounds.CurrentRoundInitialized);
        Assert.Equal(D.RoundLength, rounds.RoundLength);
        Assert.Equal(await BlockHashForRoundAsync(D.CurrentRound), rounds.LastInitializedRoundBlockHash);
        Assert.Equal([D.Orchestrator], await chain.GetTranscoderPoolAsync());
        Assert.True(await chain.IsActiveTranscoderAsync(D.Orchestrator));
        Assert.Equal(D.ServiceUri, await chain.GetServiceUriAsync(D.Orchestrator));
        Assert.Equal(D.ServiceUri, await chain.GetAiServiceUriAsync(D.Orchestrator));
        Assert.Equal(2, await chain.GetTicketValidityPeriodAsync());
        Assert.Equal(2, await chain.GetUnlockPeriodAsync());
    }

    [Fact]
    public async Task A_gateway_funds_and_an_orchestrator_redeems_and_withdraws_through_the_client()
    {
        var gateway = await ConnectAsync(Sender);
        var orchestrator = await ConnectAsync(Orchestrator);

        await gateway.FundDepositAndReserveAsync(Ether, Ether);
        var winner = await TicketAsync(Sender, Ether / 4);
        var redemption = await orchestrator.RedeemWinningTicketAsync(winner);

        Assert.Equal(Ether / 4, redemption.AmountPaid);
        Assert.True(await orchestrator.IsTicketUsedAsync(winner.Ticket.Hash()));
        Assert.Equal(Ether - Ether / 4, (await orchestrator.GetSenderInfoAsync(Sender.Address)).Deposit);
        Assert.Equal(Ether / 4, await orchestrator.GetPendingFeesAsync(D.Orchestrator));

        var payee = EthKey.Generate().Address;
        await orchestrator.WithdrawFeesAsync(payee, Ether / 4);
        Assert.Equal(Ether / 4, await BalanceAsync(payee));

        // A replay is final: the client surfaces the contract's reason.
        var replay = await Assert.ThrowsAsync<ContractRevertException>(() => orchestrator.RedeemWinningTicketAsync(winner));
        Assert.Equal("ticket is used", replay.Reason);
    }

    [Fact]
    public async Task Round_watching_sees_a_new_round_once_initialized_through_the_client()
    {
        var node = await ConnectAsync(Orchestrator);
        await MineAsync(D.RoundLength);

        var before = await node.GetRoundStateAsync();
        Assert.False(before.CurrentRoundInitialized);
        await node.InitializeRoundAsync();
        var after = await node.GetRoundStateAsync();

        Assert.Equal(before.CurrentRound, after.CurrentRound);
        Assert.True(after.CurrentRoundInitialized);
        Assert.Equal(after.CurrentRound, after.LastInitializedRound);
        Assert.False(after.LastInitializedRoundBlockHash.IsZero);
        Assert.Equal(after.LastInitializedRoundBlockHash, await node.GetBlockHashForRoundAsync(after.CurrentRound));
    }

    [Fact]
    public async Task InitializeRound_sent_in_a_rounds_last_block_lands_in_the_next_rounds_first_block()
    {
        var node = await ConnectAsync(Orchestrator);
        var round = await CurrentRoundAsync();
        var nextStart = await CurrentRoundStartBlockAsync() + D.RoundLength;
        await MineAsync(nextStart - 1 - await Eth.BlockNumberAsync());
        // At the latest block the round is still initialized: a simulation there alone would refuse the call.
        Assert.Equal("round already initialized", await RevertReasonAsync(Orchestrator, D.RoundsManager, LivepeerAbi.EncodeInitializeRound()));

        var receipt = await node.InitializeRoundAsync();

        Assert.Equal(nextStart, receipt.BlockNumber);
        var newRound = LivepeerAbi.DecodeNewRound(Assert.Single(receipt.LogsOf(D.RoundsManager, LivepeerAbi.NewRoundEvent)).ToEventLog());
        Assert.Equal(round + 1, newRound.Round);
        Assert.True((await node.GetRoundStateAsync()).CurrentRoundInitialized);
    }

    [Fact]
    public async Task A_transaction_refused_by_both_the_simulation_and_the_estimate_is_not_sent()
    {
        var node = await ConnectAsync(Orchestrator);
        var nonceBefore = await Eth.GetTransactionCountAsync(Orchestrator.Address, BlockTag.Latest);

        var refused = await Assert.ThrowsAsync<ContractRevertException>(() => node.InitializeRoundAsync());

        Assert.Equal("round already initialized", refused.Reason);
        Assert.Equal(nonceBefore, await Eth.GetTransactionCountAsync(Orchestrator.Address, BlockTag.Latest));
    }

    [Fact]
    public async Task Unlock_and_withdraw_run_through_the_client()
    {
        var gateway = await ConnectAsync(Sender);
        await gateway.FundDepositAndReserveAsync(Ether, Ether / 2);
        await gateway.UnlockAsync();
        Assert.True(await gateway.IsUnlockInProgressAsync(Sender.Address));
        await StartNextRoundAsync();
        await StartNextRoundAsync();

        var before = await BalanceAsync(Sender.Address);
        var receipt = await gateway.WithdrawAsync();

        var gas = receipt.GasUsed * receipt.EffectiveGasPrice!.Value;
        Assert.Equal(before + Ether + Ether / 2 - gas, await BalanceAsync(Sender.Address));
        Assert.Equal(BigInteger.Zero, (await gateway.GetSenderInfoAsync(Sender.Address)).Deposit);
    }
}
