using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Chain.Sending;

/// <summary>
/// Sends transactions from one key: simulates the call (so a revert surfaces with its reason before
/// gas is paid), estimates gas with a safety margin, prices it (legacy or EIP-1559, see
/// <see cref="FeeMode"/>), takes a nonce from the <see cref="NonceManager"/>, signs and submits.
/// A refused nonce is re-read from the node and the send tried once more. Thread-safe; share one
/// <see cref="NonceManager"/> among all senders of the same account.
/// </summary>
public sealed class TransactionSender
{
    private const int NonceAttempts = 2;

    private readonly EthKey _key;
    private readonly TransactionSenderOptions _options;
    private readonly NonceManager _nonces;
    private readonly ILogger _logger;

    public TransactionSender(
        EthClient eth,
        EthKey key,
        long chainId,
        TransactionSenderOptions options,
        NonceManager? nonces = null,
        ILogger<TransactionSender>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(eth);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(chainId, 1);
        options.Validate();
        Eth = eth;
        _key = key;
        ChainId = chainId;
        _options = options;
        _nonces = nonces ?? new NonceManager(eth);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public EthClient Eth { get; }

    /// <summary>The sending account.</summary>
    public EthAddress Address => _key.Address;

    public long ChainId { get; }

    public TransactionSenderOptions Options => _options;

    /// <summary>
    /// Runs the request as an eth_call from this account against the pending block, the one the transaction
    /// would be mined in; a revert throws <see cref="ContractRevertException"/>.
    /// </summary>
    public Task<byte[]> SimulateAsync(TransactionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Eth.CallAsync(CallOf(request), BlockTag.Pending, cancellationToken);
    }

    /// <summary>The gas limit the request would be sent with: its own, or the estimate × <see cref="TransactionSenderOptions.GasLimitMultiplier"/>.</summary>
    public async Task<ulong> GasLimitAsync(TransactionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.GasLimit is { } fixedLimit)
        {
            return fixedLimit;
        }
        var estimate = await Eth.EstimateGasAsync(CallOf(request), cancellationToken).ConfigureAwait(false);
        return checked((ulong)Math.Ceiling(estimate * (decimal)_options.GasLimitMultiplier));
    }

    /// <summary>Current fees: eth_gasPrice for legacy; base fee × multiplier + tip for EIP-1559.</summary>
    public async Task<FeeQuote> QuoteFeesAsync(CancellationToken cancellationToken = default)
    {
        if (_options.FeeMode == FeeMode.Legacy)
        {
            return FeeQuote.Legacy(await Eth.GasPriceAsync(cancellationToken).ConfigureAwait(false));
        }
        var latest = await Eth.GetLatestBlockAsync(cancellationToken).ConfigureAwait(false);
        if (latest.BaseFeePerGas is not { } baseFee)
        {
            return _options.FeeMode == FeeMode.Eip1559
                ? throw new InvalidOperationException(
                    $"FeeMode is Eip1559 but {Eth.Rpc.Endpoint} has no base fee in block {latest.Number} (no EIP-1559 support); use FeeMode Auto or Legacy")
                : FeeQuote.Legacy(await Eth.GasPriceAsync(cancellationToken).ConfigureAwait(false));
        }
        var tip = await PriorityFeeAsync(baseFee, cancellationToken).ConfigureAwait(false);
        return FeeQuote.Eip1559(baseFee * _options.BaseFeeMultiplier + tip, tip);
    }

    /// <summary>Simulates (if enabled), sizes, prices, signs and submits; returns once the node accepted the transaction.</summary>
    public async Task<SentTransaction> SendAsync(TransactionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ulong? gasLimitFromCheck = null;
        if (_options.SimulateBeforeSend)
        {
            gasLimitFromCheck = await SimulateOrConfirmAsync(request, cancellationToken).ConfigureAwait(false);
        }
        var gasLimit = gasLimitFromCheck ?? await GasLimitAsync(request, cancellationToken).ConfigureAwait(false);
        var fees = await QuoteFeesAsync(cancellationToken).ConfigureAwait(false);
        for (int attempt = 1; ; attempt++)
        {
            using var lease = await _nonces.AcquireAsync(Address, cancellationToken).ConfigureAwait(false);
            var signed = Build(request, lease.Nonce, gasLimit, fees).Sign(_key);
            try
            {
                var hash = await Eth.SendRawTransactionAsync(signed.RawBytes, cancellationToken).ConfigureAwait(false);
                if (hash != signed.Hash)
                {
                    throw new ChainUnavailableException($"eth_sendRawTransaction: {Eth.Rpc.Endpoint} reported hash {hash} for transaction {signed.Hash}");
                }
                lease.Commit();
            }
            catch (Exception e) when (e is JsonRpcException or ChainUnavailableException)
            {
                // The node may hold the transaction anyway (a retried send answered "already known",
                // or the answer was lost); then it counts as sent.
                if (await IsKnownAsync(signed, cancellationToken).ConfigureAwait(false))
                {
                    lease.Commit();
                }
                else if (e is JsonRpcException rejected && IsNonceRejection(rejected) && attempt < NonceAttempts)
                {
                    SendingLog.NonceRejected(_logger, request.Label, Address.ToString(), lease.Nonce, rejected.Error.Message);
                    continue;
                }
                else
                {
                    throw;
                }
            }
            SendingLog.Sent(_logger, request.Label, signed.Hash.ToString(), Address.ToString(), lease.Nonce, gasLimit, fees.ToString());
            return new SentTransaction(signed.Hash, lease.Nonce, gasLimit, fees, signed);
        }
    }

    /// <summary>
    /// <see cref="SendAsync"/>, then waits for the receipt (<see cref="TransactionSenderOptions.ReceiptTimeout"/>).
    /// A mined failure throws <see cref="ContractRevertException"/> with the reason; no receipt in time throws
    /// <see cref="TransactionNotMinedException"/>.
    /// </summary>
    public async Task<TransactionReceipt> SendAndWaitAsync(TransactionRequest request, CancellationToken cancellationToken = default)
    {
        var sent = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await Eth.WaitForSuccessAsync(sent.Hash, _options.ReceiptTimeout, _options.ReceiptPollInterval, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Simulates the request; when the simulation reverts, the node's gas estimate has the last word. Some nodes
    /// (ganache) answer eth_call with the state of the latest block even for "pending", while their estimator runs
    /// the next block: a transaction valid only from the next block on (initializeRound sent in a round's last
    /// block) reverts in the one and passes in the other. Returns the gas limit when the estimate was needed.
    /// </summary>
    private async Task<ulong?> SimulateOrConfirmAsync(TransactionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await SimulateAsync(request, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (ContractRevertException revert) when (request.GasLimit is null)
        {
            ulong gasLimit;
            try
            {
                gasLimit = await GasLimitAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (ContractRevertException)
            {
                // The estimate's revert often lacks the reason; the simulation's has it.
                throw revert;
            }
            SendingLog.SimulationOverruled(_logger, request.Label, revert.Reason);
            return gasLimit;
        }
    }

    private CallRequest CallOf(TransactionRequest request) =>
        new(request.To, request.Data) { From = Address, Value = request.Value, Gas = request.GasLimit };

    private EthTransaction Build(TransactionRequest request, ulong nonce, ulong gasLimit, FeeQuote fees) =>
        fees.IsEip1559
            ? new Eip1559Transaction(ChainId, nonce, fees.MaxPriorityFeePerGas!.Value, fees.MaxFeePerGas!.Value, gasLimit, request.To, request.Value, request.Data)
            : new LegacyTransaction(nonce, fees.GasPrice!.Value, gasLimit, request.To, request.Value, request.Data, ChainId);

    // eth_maxPriorityFeePerGas where the node has it; else the median tip of recent blocks; else gas price - base fee.
    private async Task<BigInteger> PriorityFeeAsync(BigInteger baseFee, CancellationToken cancellationToken)
    {
        try
        {
            return await Eth.MaxPriorityFeePerGasAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonRpcException e) when (e.IsMethodNotFound)
        {
            SendingLog.PriorityFeeFallback(_logger, Eth.Rpc.Endpoint, e.Error.Message);
        }
        try
        {
            var history = await Eth.FeeHistoryAsync(5, BlockTag.Latest, [50], cancellationToken).ConfigureAwait(false);
            var tips = history.Reward.Where(r => r.Count > 0).Select(r => r[0]).Order().ToArray();
            if (tips.Length > 0)
            {
                return tips[tips.Length / 2];
            }
        }
        catch (JsonRpcException e) when (e.IsMethodNotFound)
        {
            SendingLog.PriorityFeeFallback(_logger, Eth.Rpc.Endpoint, e.Error.Message);
        }
        var gasPrice = await Eth.GasPriceAsync(cancellationToken).ConfigureAwait(false);
        return BigInteger.Max(BigInteger.Zero, gasPrice - baseFee);
    }

    private async Task<bool> IsKnownAsync(SignedTransaction signed, CancellationToken cancellationToken)
    {
        try
        {
            return await Eth.GetTransactionByHashAsync(signed.Hash, cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (ChainUnavailableException)
        {
            // Cannot tell; treat as not sent. The nonce is re-read before the next send, so a
            // transaction that did arrive is not overwritten.
            return false;
        }
    }

    private static bool IsNonceRejection(JsonRpcException e) =>
        e.Error.Message.Contains("nonce", StringComparison.OrdinalIgnoreCase)
        || e.Error.Message.Contains("replacement transaction underpriced", StringComparison.OrdinalIgnoreCase);
}
