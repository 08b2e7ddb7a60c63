using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Chain.Network;

/// <summary>
/// <see cref="ILivepeerChain"/> over an Ethereum JSON-RPC node, with the Livepeer contracts resolved
/// from the Controller. Connecting (on the first call, or <see cref="ConnectAsync(CancellationToken)"/>)
/// checks that the node's chain id is the configured one and resolves the contracts; a failed connect
/// is tried again on the next call. Reads are eth_calls; writes need a signing key and go through a
/// <see cref="TransactionSender"/> (simulated first, so reverts surface with their reason before any
/// gas is paid). Errors: <see cref="ContractRevertException"/> is final, <see cref="ChainUnavailableException"/>
/// (node unreachable, or a transaction not mined in time) is worth retrying.
/// </summary>
public sealed class JsonRpcLivepeerChain : ILivepeerChain
{
    private readonly LivepeerChainOptions _options;
    private readonly LivepeerContracts _contracts;
    private readonly TransactionSender? _sender;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private volatile LivepeerContractAddresses? _addresses;

    /// <param name="http">Carries the JSON-RPC requests; the caller owns it.</param>
    /// <param name="signer">The node's key, for transactions; null for a read-only chain.</param>
    public JsonRpcLivepeerChain(HttpClient http, LivepeerChainOptions options, EthKey? signer = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        loggerFactory ??= NullLoggerFactory.Instance;
        _options = options;
        _logger = loggerFactory.CreateLogger<JsonRpcLivepeerChain>();
        Eth = new EthClient(new JsonRpcClient(http, options.Rpc, loggerFactory.CreateLogger<JsonRpcClient>()), loggerFactory.CreateLogger<EthClient>());
        var expected = options.ExpectedContracts.ToDictionary(e => e.Key, e => EthAddress.Parse(e.Value));
        _contracts = new LivepeerContracts(Eth, options.Network, options.Controller, options.AiServiceRegistry, expected, loggerFactory.CreateLogger<LivepeerContracts>());
        if (signer is not null)
        {
            _sender = new TransactionSender(
                Eth, signer, options.ChainId, options.Transactions, new NonceManager(Eth, loggerFactory.CreateLogger<NonceManager>()), loggerFactory.CreateLogger<TransactionSender>());
        }
    }

    /// <summary>The configured chain id; every connection checks that the node reports it.</summary>
    public long ChainId => _options.ChainId;

    public string Network => _options.Network;

    /// <summary>The typed eth_* client underneath, for what this class does not cover (logs, balances, ...).</summary>
    public EthClient Eth { get; }

    /// <summary>The account that signs transactions; null for a read-only chain.</summary>
    public EthAddress? Account => _sender?.Address;

    /// <summary>Creates the chain and connects it at once, so a wrong node or Controller fails here with a clear message.</summary>
    public static async Task<JsonRpcLivepeerChain> ConnectAsync(
        HttpClient http, LivepeerChainOptions options, EthKey? signer = null, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var chain = new JsonRpcLivepeerChain(http, options, signer, loggerFactory);
        await chain.ConnectAsync(cancellationToken).ConfigureAwait(false);
        return chain;
    }

    /// <summary>Checks the chain id and resolves the contract addresses (once).</summary>
    public async Task<LivepeerContractAddresses> ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (_addresses is { } connected)
        {
            return connected;
        }
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_addresses is null)
            {
                var chainId = await Eth.ChainIdAsync(cancellationToken).ConfigureAwait(false);
                if (chainId != _options.ChainId)
                {
                    throw new InvalidOperationException(
                        $"the node at {Eth.Rpc.Endpoint} is on chain {chainId}, but network '{_options.Network}' is configured for chain {_options.ChainId}; "
                        + "refusing to run (check the RPC URL and the network settings)");
                }
                var addresses = await _contracts.ResolveAsync(cancellationToken).ConfigureAwait(false);
                LivepeerChainLog.Connected(_logger, _options.Network, chainId, Eth.Rpc.Endpoint, _sender is null ? " (read-only)" : $" as {_sender.Address}");
                _addresses = addresses;
            }
            return _addresses;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    // ---- TicketBroker ----

    public async Task<SenderInfo> GetSenderInfoAsync(EthAddress sender, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeSenderInfo(await CallAsync(c.TicketBroker, LivepeerAbi.EncodeGetSenderInfo(sender), cancellationToken).ConfigureAwait(false));
    }

    public async Task<BigInteger> GetClaimedReserveAsync(EthAddress reserveHolder, EthAddress claimant, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeClaimedReserve(await CallAsync(c.TicketBroker, LivepeerAbi.EncodeClaimedReserve(reserveHolder, claimant), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>What <paramref name="claimant"/> may still claim from the holder's reserve this round (chain.md §2.10).</summary>
    public async Task<BigInteger> GetClaimableReserveAsync(EthAddress reserveHolder, EthAddress claimant, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeClaimableReserve(await CallAsync(c.TicketBroker, LivepeerAbi.EncodeClaimableReserve(reserveHolder, claimant), cancellationToken).ConfigureAwait(false));
    }

    public async Task<bool> IsTicketUsedAsync(Hash32 ticketHash, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeUsedTickets(await CallAsync(c.TicketBroker, LivepeerAbi.EncodeUsedTickets(ticketHash), cancellationToken).ConfigureAwait(false));
    }

    public async Task<bool> IsUnlockInProgressAsync(EthAddress sender, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeIsUnlockInProgress(await CallAsync(c.TicketBroker, LivepeerAbi.EncodeIsUnlockInProgress(sender), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Rounds between unlock() and withdraw() being allowed (2 on Arbitrum One at deployment).</summary>
    public async Task<long> GetUnlockPeriodAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeUnlockPeriod(await CallAsync(c.TicketBroker, LivepeerAbi.EncodeUnlockPeriod(), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Rounds a ticket stays redeemable after its creation round (2 on Arbitrum One at deployment).</summary>
    public async Task<long> GetTicketValidityPeriodAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeTicketValidityPeriod(await CallAsync(c.TicketBroker, LivepeerAbi.EncodeTicketValidityPeriod(), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Simulates, sends and waits for redeemWinningTicket. The amount paid is the
    /// WinningTicketTransfer log's (0 when the ticket paid nothing, chain.md §2.10). A revert
    /// throws <see cref="ContractRevertException"/>; a transaction not mined in time throws
    /// <see cref="ChainUnavailableException"/> (it may still be mined: retrying then reverts "ticket is used").
    /// </summary>
    public async Task<RedemptionReceipt> RedeemWinningTicketAsync(WinningTicket winner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(winner);
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var receipt = await TransactAsync(c.TicketBroker, LivepeerAbi.EncodeRedeemWinningTicket(winner), BigInteger.Zero, "redeemWinningTicket", cancellationToken).ConfigureAwait(false);
        var amount = receipt.LogsOf(c.TicketBroker, LivepeerAbi.WinningTicketTransferEvent)
            .Select(log => LivepeerAbi.DecodeWinningTicketTransfer(log.ToEventLog()).Amount)
            .Aggregate(BigInteger.Zero, (sum, paid) => sum + paid);
        LivepeerChainLog.Redeemed(_logger, winner.Ticket.Sender.ToString(), receipt.TransactionHash.ToString(), receipt.BlockNumber, amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new RedemptionReceipt(receipt.TransactionHash, amount, receipt.BlockNumber);
    }

    /// <summary>fundDeposit() with <paramref name="amount"/> wei.</summary>
    public async Task<TransactionReceipt> FundDepositAsync(BigInteger amount, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(c.TicketBroker, LivepeerAbi.EncodeFundDeposit(), RequirePositive(amount, nameof(amount)), "fundDeposit", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>fundReserve() with <paramref name="amount"/> wei.</summary>
    public async Task<TransactionReceipt> FundReserveAsync(BigInteger amount, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(c.TicketBroker, LivepeerAbi.EncodeFundReserve(), RequirePositive(amount, nameof(amount)), "fundReserve", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>fundDepositAndReserve(deposit, reserve), sending deposit + reserve wei.</summary>
    public async Task<TransactionReceipt> FundDepositAndReserveAsync(BigInteger deposit, BigInteger reserve, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(deposit);
        ArgumentOutOfRangeException.ThrowIfNegative(reserve);
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(
            c.TicketBroker, LivepeerAbi.EncodeFundDepositAndReserve(deposit, reserve), RequirePositive(deposit + reserve, "deposit + reserve"), "fundDepositAndReserve", cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>unlock(): starts the unlock period of this account's deposit and reserve.</summary>
    public async Task<TransactionReceipt> UnlockAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(c.TicketBroker, LivepeerAbi.EncodeUnlock(), BigInteger.Zero, "unlock", cancellationToken).ConfigureAwait(false);
    }

    public async Task<TransactionReceipt> CancelUnlockAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(c.TicketBroker, LivepeerAbi.EncodeCancelUnlock(), BigInteger.Zero, "cancelUnlock", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>withdraw(): pays out deposit and reserve once the unlock period is over.</summary>
    public async Task<TransactionReceipt> WithdrawAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(c.TicketBroker, LivepeerAbi.EncodeWithdraw(), BigInteger.Zero, "withdraw", cancellationToken).ConfigureAwait(false);
    }

    // ---- RoundsManager ----

    /// <summary>The round facts, all read at one block so they agree with each other.</summary>
    public async Task<RoundState> GetRoundStateAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var block = BlockTag.Number(await Eth.BlockNumberAsync(cancellationToken).ConfigureAwait(false));
        var answers = await Eth.CallBatchAsync(
            [
                new CallRequest(c.RoundsManager, LivepeerAbi.EncodeCurrentRound()),
                new CallRequest(c.RoundsManager, LivepeerAbi.EncodeCurrentRoundInitialized()),
                new CallRequest(c.RoundsManager, LivepeerAbi.EncodeCurrentRoundStartBlock()),
                new CallRequest(c.RoundsManager, LivepeerAbi.EncodeRoundLength()),
                new CallRequest(c.RoundsManager, LivepeerAbi.EncodeLastInitializedRound()),
            ],
            block,
            cancellationToken).ConfigureAwait(false);
        long lastInitialized = LivepeerAbi.DecodeLastInitializedRound(answers[4]);
        var hash = LivepeerAbi.DecodeBlockHashForRound(
            await Eth.CallAsync(new CallRequest(c.RoundsManager, LivepeerAbi.EncodeBlockHashForRound(lastInitialized)), block, cancellationToken).ConfigureAwait(false));
        return new RoundState(
            LivepeerAbi.DecodeCurrentRound(answers[0]),
            LivepeerAbi.DecodeCurrentRoundInitialized(answers[1]),
            LivepeerAbi.DecodeCurrentRoundStartBlock(answers[2]),
            LivepeerAbi.DecodeRoundLength(answers[3]),
            lastInitialized,
            hash);
    }

    public async Task<Hash32> GetBlockHashForRoundAsync(long round, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(round);
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeBlockHashForRound(await CallAsync(c.RoundsManager, LivepeerAbi.EncodeBlockHashForRound(round), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>initializeRound(): anyone may call it once per round (reverts "round already initialized" otherwise).</summary>
    public async Task<TransactionReceipt> InitializeRoundAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(c.RoundsManager, LivepeerAbi.EncodeInitializeRound(), BigInteger.Zero, "initializeRound", cancellationToken).ConfigureAwait(false);
    }

    Task IRoundsManager.InitializeRoundAsync(CancellationToken cancellationToken) => InitializeRoundAsync(cancellationToken);

    // ---- BondingManager ----

    public async Task<bool> IsActiveTranscoderAsync(EthAddress transcoder, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeIsActiveTranscoder(await CallAsync(c.BondingManager, LivepeerAbi.EncodeIsActiveTranscoder(transcoder), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Registered (self-bonded) transcoders are the only valid ticket recipients (chain.md §2.7 step 14).</summary>
    public async Task<bool> IsRegisteredTranscoderAsync(EthAddress transcoder, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeIsRegisteredTranscoder(await CallAsync(c.BondingManager, LivepeerAbi.EncodeIsRegisteredTranscoder(transcoder), cancellationToken).ConfigureAwait(false));
    }

    public async Task<int> GetTranscoderPoolSizeAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeTranscoderPoolSize(await CallAsync(c.BondingManager, LivepeerAbi.EncodeGetTranscoderPoolSize(), cancellationToken).ConfigureAwait(false));
    }

    public async Task<BigInteger> GetTranscoderTotalStakeAsync(EthAddress transcoder, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeTranscoderTotalStake(await CallAsync(c.BondingManager, LivepeerAbi.EncodeTranscoderTotalStake(transcoder), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The pool by descending stake: getFirstTranscoderInPool, then getNextTranscoderInPool until the
    /// zero address, all at one block. A list longer than the pool size or that revisits an address
    /// is refused rather than walked forever.
    /// </summary>
    public async Task<IReadOnlyList<EthAddress>> GetTranscoderPoolAsync(CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var block = BlockTag.Number(await Eth.BlockNumberAsync(cancellationToken).ConfigureAwait(false));
        var start = await Eth.CallBatchAsync(
            [new CallRequest(c.BondingManager, LivepeerAbi.EncodeGetTranscoderPoolSize()), new CallRequest(c.BondingManager, LivepeerAbi.EncodeGetFirstTranscoderInPool())],
            block,
            cancellationToken).ConfigureAwait(false);
        int size = LivepeerAbi.DecodeTranscoderPoolSize(start[0]);
        var pool = new List<EthAddress>(size);
        var seen = new HashSet<EthAddress>();
        for (var next = LivepeerAbi.DecodeFirstTranscoderInPool(start[1]); !next.IsZero;)
        {
            if (pool.Count == size || !seen.Add(next))
            {
                throw new InvalidOperationException(
                    $"the BondingManager {c.BondingManager} pool list at block {block} does not end after its {size} transcoders (reached {next} after {pool.Count})");
            }
            pool.Add(next);
            next = LivepeerAbi.DecodeNextTranscoderInPool(
                await Eth.CallAsync(new CallRequest(c.BondingManager, LivepeerAbi.EncodeGetNextTranscoderInPool(next)), block, cancellationToken).ConfigureAwait(false));
        }
        return pool;
    }

    /// <summary>ETH fees the account can withdraw from the BondingManager (its ticket winnings).</summary>
    public async Task<BigInteger> GetPendingFeesAsync(EthAddress delegator, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodePendingFees(await CallAsync(c.BondingManager, LivepeerAbi.EncodePendingFees(delegator), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>withdrawFees(recipient, amount): moves ticket winnings out of the BondingManager.</summary>
    public async Task<TransactionReceipt> WithdrawFeesAsync(EthAddress recipient, BigInteger amount, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(
            c.BondingManager, LivepeerAbi.EncodeWithdrawFees(recipient, RequirePositive(amount, nameof(amount))), BigInteger.Zero, "withdrawFees", cancellationToken)
            .ConfigureAwait(false);
    }

    // ---- ServiceRegistry ----

    /// <summary>The URI <paramref name="orchestrator"/> published in the ServiceRegistry; "" when none.</summary>
    public async Task<string> GetServiceUriAsync(EthAddress orchestrator, CancellationToken cancellationToken = default)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeServiceUri(await CallAsync(c.ServiceRegistry, LivepeerAbi.EncodeGetServiceUri(orchestrator), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Publishes this account's URI in the ServiceRegistry.</summary>
    public async Task<TransactionReceipt> SetServiceUriAsync(string serviceUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(c.ServiceRegistry, LivepeerAbi.EncodeSetServiceUri(serviceUri), BigInteger.Zero, "setServiceURI", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The URI <paramref name="orchestrator"/> published in the AI ServiceRegistry; "" when none.</summary>
    public async Task<string> GetAiServiceUriAsync(EthAddress orchestrator, CancellationToken cancellationToken = default)
    {
        var registry = await AiServiceRegistryAsync(cancellationToken).ConfigureAwait(false);
        return LivepeerAbi.DecodeServiceUri(await CallAsync(registry, LivepeerAbi.EncodeGetServiceUri(orchestrator), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Publishes this account's URI in the AI ServiceRegistry.</summary>
    public async Task<TransactionReceipt> SetAiServiceUriAsync(string serviceUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        var registry = await AiServiceRegistryAsync(cancellationToken).ConfigureAwait(false);
        return await TransactAsync(registry, LivepeerAbi.EncodeSetServiceUri(serviceUri), BigInteger.Zero, "setServiceURI (AI)", cancellationToken).ConfigureAwait(false);
    }

    // ---- chain head ----

    /// <summary>The block number contracts see: the latest block's l1BlockNumber on Arbitrum, its own number elsewhere.</summary>
    public async Task<long> GetL1BlockNumberAsync(CancellationToken cancellationToken = default)
    {
        await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return (await Eth.GetLatestBlockAsync(cancellationToken).ConfigureAwait(false)).ContractBlockNumber;
    }

    public async Task<BigInteger> GetGasPriceAsync(CancellationToken cancellationToken = default)
    {
        await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await Eth.GasPriceAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ETH balance of <paramref name="account"/> in wei.</summary>
    public async Task<BigInteger> GetBalanceAsync(EthAddress account, CancellationToken cancellationToken = default)
    {
        await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await Eth.GetBalanceAsync(account, BlockTag.Latest, cancellationToken).ConfigureAwait(false);
    }

    private Task<byte[]> CallAsync(EthAddress contract, byte[] calldata, CancellationToken cancellationToken) =>
        Eth.CallAsync(new CallRequest(contract, calldata), BlockTag.Latest, cancellationToken);

    private async Task<TransactionReceipt> TransactAsync(EthAddress contract, byte[] calldata, BigInteger value, string label, CancellationToken cancellationToken)
    {
        var sender = _sender ?? throw new InvalidOperationException($"{label} needs a signing key, but this Livepeer chain client for '{_options.Network}' was created read-only");
        try
        {
            return await sender.SendAndWaitAsync(new TransactionRequest(contract, calldata) { Value = value, Label = label }, cancellationToken).ConfigureAwait(false);
        }
        catch (TransactionNotMinedException e)
        {
            throw new ChainUnavailableException($"{label}: {e.Message}", e);
        }
    }

    private async Task<EthAddress> AiServiceRegistryAsync(CancellationToken cancellationToken)
    {
        var c = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return c.AiServiceRegistry
            ?? throw new InvalidOperationException($"no AI ServiceRegistry is configured for network '{_options.Network}' (set AiServiceRegistryAddress)");
    }

    private static BigInteger RequirePositive(BigInteger amount, string name) =>
        amount.Sign > 0 ? amount : throw new ArgumentOutOfRangeException(name, amount, $"{name} must be a positive number of wei");
}
