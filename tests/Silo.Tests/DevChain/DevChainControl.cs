using System.Numerics;
using System.Text.Json.Nodes;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Network;
using Livepeer.Chain.Sending;
using Livepeer.DevChain.Accounts;
using Livepeer.DevChain.Contracts;
using Livepeer.DevChain.Deployment;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Silo.Tests.DevChain;

/// <summary>
/// What the tests do to a dev chain from outside the node: balances, the deployer's settings on the doubles, mining,
/// and the chain client of any key (a gateway funding its deposit, a third party initializing a round).
/// </summary>
public sealed class DevChainControl : IDisposable
{
    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    private readonly HttpClient _http = new();
    private readonly NonceManager _nonces;
    private readonly TransactionSender _deployer;

    public DevChainControl(Uri url, DevChainDeployment deployment, string deploymentFile)
    {
        Url = url;
        Deployment = deployment;
        DeploymentFile = deploymentFile;
        Eth = new EthClient(new JsonRpcClient(_http, new JsonRpcOptions { Url = url }));
        _nonces = new NonceManager(Eth);
        _deployer = new TransactionSender(Eth, DevChainAccounts.Key(0), deployment.ChainId, Fast, _nonces);
    }

    public Uri Url { get; }

    public DevChainDeployment Deployment { get; }

    /// <summary>The deployment as `lpctl devchain deploy --out` writes it, for the node's Chain:DeploymentFile.</summary>
    public string DeploymentFile { get; }

    public EthClient Eth { get; }

    private static TransactionSenderOptions Fast => new() { ReceiptPollInterval = TimeSpan.FromMilliseconds(50) };

    /// <summary>A new key holding <paramref name="ether"/> ETH.</summary>
    public async Task<TestAccount> NewAccountAsync(int ether = 100)
    {
        var account = TestAccount.New();
        await Eth.Rpc.CallAsync("evm_setAccountBalance", [account.Address.ToLowerHex(), RpcHex.Quantity(ether * Ether)]);
        return account;
    }

    /// <summary>A new funded orchestrator, registered and active in the BondingManager double.</summary>
    public async Task<TestAccount> NewOrchestratorAsync()
    {
        var account = await NewAccountAsync(10);
        await SetTranscoderAsync(account.Address, registered: true, active: true);
        return account;
    }

    public Task SetTranscoderAsync(EthAddress transcoder, bool registered, bool active) =>
        _deployer.SendAndWaitAsync(new TransactionRequest(Deployment.BondingManager, DevChainAbi.EncodeSetTranscoder(transcoder, registered, active, registered ? 1000 * Ether : BigInteger.Zero)));

    /// <summary>A new gateway with <paramref name="deposit"/> and <paramref name="reserve"/> funded through the node's chain client.</summary>
    public async Task<TestAccount> NewGatewayAsync(BigInteger deposit, BigInteger reserve)
    {
        var account = await NewAccountAsync();
        using var http = new HttpClient();
        var chain = await JsonRpcLivepeerChain.ConnectAsync(http, ClientOptions(), account.Key);
        await chain.FundDepositAndReserveAsync(deposit, reserve);
        return account;
    }

    public async Task MineAsync(long blocks)
    {
        if (blocks > 0)
        {
            await Eth.Rpc.CallAsync("evm_mine", [new JsonObject { ["blocks"] = blocks }]);
        }
    }

    /// <summary>Mines until the latest block is <paramref name="block"/> (nothing when it already is past it).</summary>
    public async Task MineToAsync(long block) => await MineAsync(block - await Eth.BlockNumberAsync());

    public Task<long> BlockNumberAsync() => Eth.BlockNumberAsync();

    public async Task<SenderInfo> SenderInfoAsync(EthAddress sender) =>
        LivepeerAbi.DecodeSenderInfo(await CallAsync(Deployment.TicketBroker, LivepeerAbi.EncodeGetSenderInfo(sender)));

    public async Task<long> CurrentRoundStartBlockAsync() =>
        LivepeerAbi.DecodeCurrentRoundStartBlock(await CallAsync(Deployment.RoundsManager, LivepeerAbi.EncodeCurrentRoundStartBlock()));

    public async Task<Hash32> BlockHashForRoundAsync(long round) =>
        LivepeerAbi.DecodeBlockHashForRound(await CallAsync(Deployment.RoundsManager, LivepeerAbi.EncodeBlockHashForRound(round)));

    public async Task<long> RoundLengthAsync() =>
        LivepeerAbi.DecodeRoundLength(await CallAsync(Deployment.RoundsManager, LivepeerAbi.EncodeRoundLength()));

    /// <summary>Someone other than the node initializes the current round.</summary>
    public Task InitializeRoundAsync() =>
        _deployer.SendAndWaitAsync(new TransactionRequest(Deployment.RoundsManager, LivepeerAbi.EncodeInitializeRound()));

    public Task<byte[]> CallAsync(EthAddress to, byte[] data, EthAddress? from = null) =>
        Eth.CallAsync(new CallRequest(to, data) { From = from }, BlockTag.Latest);

    /// <summary>The chain settings of a node (or test client) on this deployment.</summary>
    public LivepeerChainOptions ClientOptions()
    {
        var options = LivepeerChainOptions.DevChain(Url, Deployment.Controller, Deployment.ChainId);
        options.Transactions.ReceiptPollInterval = TimeSpan.FromMilliseconds(50);
        return options;
    }

    public void Dispose() => _http.Dispose();
}
