using System.Numerics;
using System.Text.Json.Nodes;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;
using Livepeer.DevChain.Contracts;
using Livepeer.DevChain.Deployment;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Chain.Tests.DevChain;

/// <summary>
/// Base of the tests against the deployed doubles: reverts the chain to a snapshot after each test, and offers
/// calls, transactions (through our TransactionSender), expected reverts, round control and ticket making.
/// </summary>
public abstract class DevChainTestBase(DevChainFixture fixture) : IAsyncLifetime
{
    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);
    public static readonly BigInteger MaxWinProb = BigEndian.MaxUint256;

    /// <summary>Deploys and owns the doubles (ganache #0).</summary>
    protected static readonly EthKey Deployer = EthKey.FromHex(GanacheAccounts.PrivateKeys[0]);

    /// <summary>The orchestrator the deployment registered and activated (ganache #2).</summary>
    protected static readonly EthKey Orchestrator = EthKey.FromHex(GanacheAccounts.PrivateKeys[2]);

    /// <summary>A ticket sender the deployment did not fund (ganache #3).</summary>
    protected static readonly EthKey Sender = EthKey.FromHex(GanacheAccounts.PrivateKeys[3]);

    /// <summary>An account with no role (ganache #4).</summary>
    protected static readonly EthKey Stranger = EthKey.FromHex(GanacheAccounts.PrivateKeys[4]);

    private readonly HttpClient _http = new();
    private readonly Dictionary<EthAddress, TransactionSender> _senders = [];
    private string? _snapshot;
    private NonceManager? _nonces;
    private uint _nextNonce;

    protected DevChainDeployment D => fixture.Deployment;

    /// <summary>The chain's JSON-RPC endpoint.</summary>
    protected Uri RpcUrl => fixture.Url;

    protected EthClient Eth { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Eth = new EthClient(new JsonRpcClient(_http, new JsonRpcOptions { Url = fixture.Url }));
        // A fresh nonce manager per test: reverting a snapshot rewinds every account's nonce.
        _nonces = new NonceManager(Eth);
        _snapshot = (await RpcAsync("evm_snapshot")).GetString();
    }

    public virtual async Task DisposeAsync()
    {
        if (_snapshot is not null)
        {
            Assert.True((await RpcAsync("evm_revert", JsonValue.Create(_snapshot))).GetBoolean(), "evm_revert failed");
        }
        _http.Dispose();
    }

    // ---- raw chain access ----

    protected Task<System.Text.Json.JsonElement> RpcAsync(string method, params JsonNode?[] parameters) =>
        Eth.Rpc.CallAsync(method, parameters);

    protected async Task MineAsync(long blocks)
    {
        if (blocks > 0)
        {
            await RpcAsync("evm_mine", new JsonObject { ["blocks"] = blocks });
        }
    }

    protected Task<byte[]> CallAsync(EthAddress to, byte[] data, EthAddress? from = null) =>
        Eth.CallAsync(new CallRequest(to, data) { From = from }, BlockTag.Latest);

    /// <summary>Sends through our TransactionSender (simulated first) and returns the successful receipt.</summary>
    protected Task<TransactionReceipt> SendAsync(EthKey from, EthAddress to, byte[] data, BigInteger? value = null) =>
        SenderOf(from).SendAndWaitAsync(new TransactionRequest(to, data) { Value = value ?? BigInteger.Zero });

    /// <summary>The revert reason of an eth_call of this transaction; fails the test if it does not revert.</summary>
    protected async Task<string> RevertReasonAsync(EthKey from, EthAddress to, byte[] data, BigInteger? value = null)
    {
        var revert = await Assert.ThrowsAsync<ContractRevertException>(
            () => Eth.CallAsync(new CallRequest(to, data) { From = from.Address, Value = value ?? BigInteger.Zero }, BlockTag.Latest));
        return revert.Reason;
    }

    /// <summary>
    /// Mines the transaction without simulating it (fixed gas) and returns the reason our receipt wait gives for
    /// its failure: proves the revert happens in a block too, not only in eth_call.
    /// </summary>
    protected async Task<string> MinedRevertReasonAsync(EthKey from, EthAddress to, byte[] data)
    {
        var sender = new TransactionSender(Eth, from, D.ChainId, new TransactionSenderOptions { SimulateBeforeSend = false, ReceiptPollInterval = TimeSpan.FromMilliseconds(50) }, _nonces);
        var sent = await sender.SendAsync(new TransactionRequest(to, data) { GasLimit = 1_000_000 });
        var revert = await Assert.ThrowsAsync<ContractRevertException>(
            () => Eth.WaitForSuccessAsync(sent.Hash, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50)));
        return revert.Reason;
    }

    protected Task<BigInteger> BalanceAsync(EthAddress account) => Eth.GetBalanceAsync(account, BlockTag.Latest);

    // ---- typed reads ----

    protected async Task<SenderInfo> SenderInfoAsync(EthAddress sender) =>
        LivepeerAbi.DecodeSenderInfo(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeGetSenderInfo(sender)));

    protected async Task<long> CurrentRoundAsync() =>
        LivepeerAbi.DecodeCurrentRound(await CallAsync(D.RoundsManager, LivepeerAbi.EncodeCurrentRound()));

    protected async Task<bool> CurrentRoundInitializedAsync() =>
        LivepeerAbi.DecodeCurrentRoundInitialized(await CallAsync(D.RoundsManager, LivepeerAbi.EncodeCurrentRoundInitialized()));

    protected async Task<long> CurrentRoundStartBlockAsync() =>
        LivepeerAbi.DecodeCurrentRoundStartBlock(await CallAsync(D.RoundsManager, LivepeerAbi.EncodeCurrentRoundStartBlock()));

    protected async Task<Hash32> BlockHashForRoundAsync(long round) =>
        LivepeerAbi.DecodeBlockHashForRound(await CallAsync(D.RoundsManager, LivepeerAbi.EncodeBlockHashForRound(round)));

    protected async Task<bool> IsUsedAsync(Hash32 ticketHash) =>
        LivepeerAbi.DecodeUsedTickets(await CallAsync(D.TicketBroker, LivepeerAbi.EncodeUsedTickets(ticketHash)));

    protected async Task<BigInteger> PendingFeesAsync(EthAddress orchestrator) =>
        LivepeerAbi.DecodePendingFees(await CallAsync(D.BondingManager, LivepeerAbi.EncodePendingFees(orchestrator)));

    // ---- rounds ----

    /// <summary>Mines the first block of the next round, then initializes that round; returns the round.</summary>
    protected async Task<long> StartNextRoundAsync()
    {
        var start = await CurrentRoundStartBlockAsync();
        var latest = await Eth.BlockNumberAsync();
        // The new round has begun at the latest block, as a node watching the chain sees it before initializing;
        // initializeRound then lands in the round's second block.
        await MineAsync(start + D.RoundLength - latest);
        var receipt = await SendAsync(Deployer, D.RoundsManager, LivepeerAbi.EncodeInitializeRound());
        var newRound = LivepeerAbi.DecodeNewRound(Assert.Single(receipt.LogsOf(D.RoundsManager, LivepeerAbi.NewRoundEvent)).ToEventLog());
        Assert.Equal(start + D.RoundLength + 1, receipt.BlockNumber);
        return newRound.Round;
    }

    // ---- funding and tickets ----

    protected Task<TransactionReceipt> FundAsync(EthKey sender, BigInteger deposit, BigInteger reserve) =>
        SendAsync(sender, D.TicketBroker, LivepeerAbi.EncodeFundDepositAndReserve(deposit, reserve), deposit + reserve);

    /// <summary>
    /// A ticket from <paramref name="sender"/> to the orchestrator, made and signed by our Protocol code, with auxData
    /// from the current round and its on-chain block hash unless given.
    /// </summary>
    protected async Task<WinningTicket> TicketAsync(
        EthKey sender,
        BigInteger faceValue,
        BigInteger? winProb = null,
        long? creationRound = null,
        Hash32? creationRoundBlockHash = null,
        EthAddress? recipient = null,
        EthKey? signer = null)
    {
        var round = creationRound ?? await CurrentRoundAsync();
        var blockHash = creationRoundBlockHash ?? await BlockHashForRoundAsync(round);
        var rand = Hash32.Keccak(BitConverter.GetBytes(Random.Shared.NextInt64()));
        var ticket = new Ticket(
            recipient ?? D.Orchestrator,
            sender.Address,
            faceValue,
            winProb ?? MaxWinProb,
            ++_nextNonce,
            RecipientRand.HashOf(rand),
            round,
            blockHash,
            ParamsExpirationBlock: 0,
            BigRational.Zero);
        return new WinningTicket(ticket, ticket.Sign(signer ?? sender), rand);
    }

    protected Task<TransactionReceipt> RedeemAsync(WinningTicket winner, EthKey? submitter = null) =>
        SendAsync(submitter ?? Orchestrator, D.TicketBroker, LivepeerAbi.EncodeRedeemWinningTicket(winner));

    protected Task<string> RedeemRevertAsync(WinningTicket winner) =>
        RevertReasonAsync(Orchestrator, D.TicketBroker, LivepeerAbi.EncodeRedeemWinningTicket(winner));

    protected TransactionSender SenderOf(EthKey key)
    {
        if (!_senders.TryGetValue(key.Address, out var sender))
        {
            sender = new TransactionSender(Eth, key, D.ChainId, new TransactionSenderOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(50) }, _nonces);
            _senders[key.Address] = sender;
        }
        return sender;
    }
}
