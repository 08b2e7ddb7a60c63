using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Chain.Contracts;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// The eth_* methods a node needs, typed. Results that break the spec (bad hex, missing fields)
/// become <see cref="ChainUnavailableException"/> naming the method and field; reverts become
/// <see cref="ContractRevertException"/> with the contract's reason.
/// </summary>
public sealed class EthClient
{
    private readonly ILogger _logger;

    public EthClient(JsonRpcClient rpc, ILogger<EthClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        Rpc = rpc;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public JsonRpcClient Rpc { get; }

    public async Task<long> ChainIdAsync(CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_chainId", [], cancellationToken).ConfigureAwait(false);
        return Parse("eth_chainId", result, r => RpcHex.ParseInt64(JsonFields.ResultString(r, "eth_chainId"), "eth_chainId"));
    }

    public async Task<long> BlockNumberAsync(CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_blockNumber", [], cancellationToken).ConfigureAwait(false);
        return Parse("eth_blockNumber", result, r => RpcHex.ParseInt64(JsonFields.ResultString(r, "eth_blockNumber"), "eth_blockNumber"));
    }

    /// <summary>The block header (without transactions); null when the node has no such block.</summary>
    public async Task<BlockHeader?> GetBlockByNumberAsync(BlockTag block, CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_getBlockByNumber", [block.ToJson(), false], cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.Null
            ? null
            : Parse("eth_getBlockByNumber", result, r => BlockHeader.FromJson(r, $"block {block}"));
    }

    public async Task<BlockHeader> GetLatestBlockAsync(CancellationToken cancellationToken = default) =>
        await GetBlockByNumberAsync(BlockTag.Latest, cancellationToken).ConfigureAwait(false)
        ?? throw new ChainUnavailableException($"eth_getBlockByNumber: {Rpc.Endpoint} has no latest block");

    public Task<BigInteger> GasPriceAsync(CancellationToken cancellationToken = default) => QuantityAsync("eth_gasPrice", [], cancellationToken);

    /// <summary>The node's priority-fee suggestion; <see cref="JsonRpcException"/> (IsMethodNotFound) on nodes without it.</summary>
    public Task<BigInteger> MaxPriorityFeePerGasAsync(CancellationToken cancellationToken = default) =>
        QuantityAsync("eth_maxPriorityFeePerGas", [], cancellationToken);

    public async Task<FeeHistory> FeeHistoryAsync(int blockCount, BlockTag newestBlock, IReadOnlyList<double> rewardPercentiles, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockCount, 1);
        ArgumentNullException.ThrowIfNull(rewardPercentiles);
        var percentiles = new JsonArray([.. rewardPercentiles.Select(p => (JsonNode)JsonValue.Create(p))]);
        var result = await Rpc.CallAsync("eth_feeHistory", [RpcHex.Quantity((long)blockCount), newestBlock.ToJson(), percentiles], cancellationToken).ConfigureAwait(false);
        return Parse("eth_feeHistory", result, r => FeeHistory.FromJson(r, "eth_feeHistory"));
    }

    /// <summary>The account's transaction count; with <see cref="BlockTag.Pending"/>, the next nonce to use.</summary>
    public async Task<ulong> GetTransactionCountAsync(EthAddress account, BlockTag block, CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_getTransactionCount", [account.ToLowerHex(), block.ToJson()], cancellationToken).ConfigureAwait(false);
        return Parse("eth_getTransactionCount", result, r => RpcHex.ParseUInt64(JsonFields.ResultString(r, "eth_getTransactionCount"), "eth_getTransactionCount"));
    }

    public Task<BigInteger> GetBalanceAsync(EthAddress account, BlockTag block, CancellationToken cancellationToken = default) =>
        QuantityAsync("eth_getBalance", [account.ToLowerHex(), block.ToJson()], cancellationToken);

    public async Task<byte[]> GetCodeAsync(EthAddress account, BlockTag block, CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_getCode", [account.ToLowerHex(), block.ToJson()], cancellationToken).ConfigureAwait(false);
        return Parse("eth_getCode", result, r => RpcHex.ParseData(JsonFields.ResultString(r, "eth_getCode"), "eth_getCode"));
    }

    /// <summary>Gas the call would use now; a revert throws <see cref="ContractRevertException"/>.</summary>
    public async Task<ulong> EstimateGasAsync(CallRequest call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = await Rpc.CallAsync("eth_estimateGas", [call.ToJson()], cancellationToken).ConfigureAwait(false);
        return Parse("eth_estimateGas", result, r => RpcHex.ParseUInt64(JsonFields.ResultString(r, "eth_estimateGas"), "eth_estimateGas"));
    }

    /// <summary>Runs the call without a transaction and returns its return data; a revert throws <see cref="ContractRevertException"/>.</summary>
    public async Task<byte[]> CallAsync(CallRequest call, BlockTag block, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = await Rpc.CallAsync(CallOf(call, block), cancellationToken).ConfigureAwait(false);
        return Parse("eth_call", result, ParseCallResult);
    }

    /// <summary>
    /// Several eth_calls in one batch, answered in order; the first revert among them throws
    /// <see cref="ContractRevertException"/>. Pin <paramref name="block"/> to a number for a consistent view.
    /// </summary>
    public async Task<IReadOnlyList<byte[]>> CallBatchAsync(IReadOnlyList<CallRequest> calls, BlockTag block, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var results = await Rpc.BatchAsync([.. calls.Select(c => CallOf(c, block))], cancellationToken).ConfigureAwait(false);
        return [.. results.Select(r => Parse("eth_call", r.GetResult(), ParseCallResult))];
    }

    /// <summary>Submits a signed transaction; returns its hash as the node reports it.</summary>
    public async Task<Hash32> SendRawTransactionAsync(ReadOnlyMemory<byte> rawTransaction, CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_sendRawTransaction", [RpcHex.Data(rawTransaction.Span)], cancellationToken).ConfigureAwait(false);
        return Parse("eth_sendRawTransaction", result, r => RpcHex.ParseHash(JsonFields.ResultString(r, "eth_sendRawTransaction"), "eth_sendRawTransaction"));
    }

    /// <summary>The receipt; null while the transaction is pending or unknown.</summary>
    public async Task<TransactionReceipt?> GetTransactionReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_getTransactionReceipt", [transactionHash.ToString()], cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.Null
            ? null
            : Parse("eth_getTransactionReceipt", result, r => TransactionReceipt.FromJson(r, $"receipt {transactionHash}"));
    }

    /// <summary>The transaction, pending or mined; null when the node does not know it.</summary>
    public async Task<TransactionInfo?> GetTransactionByHashAsync(Hash32 transactionHash, CancellationToken cancellationToken = default)
    {
        var result = await Rpc.CallAsync("eth_getTransactionByHash", [transactionHash.ToString()], cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.Null
            ? null
            : Parse("eth_getTransactionByHash", result, r => TransactionInfo.FromJson(r, $"transaction {transactionHash}"));
    }

    public async Task<IReadOnlyList<LogEntry>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var result = await Rpc.CallAsync("eth_getLogs", [filter.ToJson()], cancellationToken).ConfigureAwait(false);
        return Parse<IReadOnlyList<LogEntry>>("eth_getLogs", result, r => r.ValueKind == JsonValueKind.Array
            ? [.. r.EnumerateArray().Select((log, i) => LogEntry.FromJson(log, $"eth_getLogs[{i}]"))]
            : throw new FormatException($"eth_getLogs result must be an array, got {r.ValueKind}"));
    }

    /// <summary>
    /// Polls for the receipt every <paramref name="pollInterval"/> until it appears (success or not)
    /// or <paramref name="timeout"/> passes (<see cref="TransactionNotMinedException"/>). A node that
    /// is briefly unreachable does not end the wait; it is asked again at the next poll.
    /// </summary>
    public async Task<TransactionReceipt> WaitForReceiptAsync(Hash32 transactionHash, TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await GetTransactionReceiptAsync(transactionHash, cancellationToken).ConfigureAwait(false) is { } receipt)
                {
                    return receipt;
                }
            }
            catch (ChainUnavailableException e)
            {
                EthLog.ReceiptPollFailed(_logger, transactionHash.ToString(), e.Message);
            }
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TransactionNotMinedException(transactionHash, timeout);
            }
            await Task.Delay(pollInterval < left ? pollInterval : left, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Why a mined transaction failed (status 0): the transaction is replayed with eth_call at its
    /// block, from the same sender with the same value, data and gas, and the revert is decoded.
    /// </summary>
    public async Task<ContractRevertException> ExplainFailureAsync(TransactionReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (receipt.Succeeded)
        {
            throw new ArgumentException($"transaction {receipt.TransactionHash} succeeded; there is no failure to explain", nameof(receipt));
        }
        var transaction = await GetTransactionByHashAsync(receipt.TransactionHash, cancellationToken).ConfigureAwait(false);
        if (transaction is null)
        {
            return new ContractRevertException($"transaction {receipt.TransactionHash} reverted in block {receipt.BlockNumber}; the node no longer returns it, so the reason is unknown");
        }
        try
        {
            await CallAsync(transaction.ToCallRequest(), BlockTag.Number(receipt.BlockNumber), cancellationToken).ConfigureAwait(false);
        }
        catch (ContractRevertException revert)
        {
            return revert;
        }
        catch (JsonRpcException e)
        {
            // Not a revert when replayed: out of gas, invalid opcode, ... in the node's words.
            return new ContractRevertException(e.Error.Message);
        }
        return new ContractRevertException(
            $"transaction {receipt.TransactionHash} reverted in block {receipt.BlockNumber} (gas used {receipt.GasUsed} of {transaction.Gas}), but replaying it as a call succeeds, so the reason is unknown");
    }

    /// <summary>Waits for the receipt and returns it if the transaction succeeded; a failed one throws <see cref="ContractRevertException"/> with its reason.</summary>
    public async Task<TransactionReceipt> WaitForSuccessAsync(Hash32 transactionHash, TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken = default)
    {
        var receipt = await WaitForReceiptAsync(transactionHash, timeout, pollInterval, cancellationToken).ConfigureAwait(false);
        return receipt.Succeeded ? receipt : throw await ExplainFailureAsync(receipt, cancellationToken).ConfigureAwait(false);
    }

    private static JsonRpcCall CallOf(CallRequest call, BlockTag block)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new JsonRpcCall("eth_call", call.ToJson(), block.ToJson());
    }

    private static byte[] ParseCallResult(JsonElement result) => RpcHex.ParseData(JsonFields.ResultString(result, "eth_call"), "eth_call");

    private async Task<BigInteger> QuantityAsync(string method, IReadOnlyList<JsonNode?> parameters, CancellationToken cancellationToken)
    {
        var result = await Rpc.CallAsync(method, parameters, cancellationToken).ConfigureAwait(false);
        return Parse(method, result, r => RpcHex.ParseQuantity(JsonFields.ResultString(r, method), method));
    }

    private T Parse<T>(string method, JsonElement result, Func<JsonElement, T> parse)
    {
        try
        {
            return parse(result);
        }
        catch (FormatException e)
        {
            throw new ChainUnavailableException($"{method}: {Rpc.Endpoint} answered out of spec: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new ChainUnavailableException($"{method}: {Rpc.Endpoint} answered out of spec: {e.Message}", e);
        }
    }
}
