using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Tests.JsonRpc;
using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.Network;

/// <summary>
/// A scripted Ethereum node behind <see cref="FakeJsonRpcHandler"/>: contract functions answer by
/// (address, selector), signed transactions are really decoded and get receipts with scripted
/// logs, and every request is recorded (single and batched) so tests can check what was asked and at
/// which block.
/// </summary>
internal sealed class FakeEthNode
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(EthAddress, FunctionSelector), Func<IReadOnlyList<AbiValue>, byte[]>> _functions = [];
    private readonly Dictionary<Hash32, JsonObject> _receipts = [];
    private readonly Dictionary<Hash32, SignedTransaction> _transactions = [];
    private readonly List<(string Method, JsonElement Params)> _requests = [];
    private readonly HashSet<EthAddress> _contracts = [];
    private ulong _nonce;

    public FakeEthNode()
    {
        Handler = new FakeJsonRpcHandler(Respond);
    }

    public FakeJsonRpcHandler Handler { get; }

    public long ChainId { get; set; } = 1337;

    public long BlockNumber { get; set; } = 100;

    /// <summary>Set to mimic Arbitrum, whose blocks carry the L1 block number.</summary>
    public long? L1BlockNumber { get; set; }

    public BigInteger GasPrice { get; set; } = 2_000_000_000;

    /// <summary>Logs a mined transaction emits, by calldata; null means the transaction fails (status 0).</summary>
    public Func<SignedTransaction, IReadOnlyList<EventLog>?> OnTransaction { get; set; } = _ => [];

    public IReadOnlyList<(string Method, JsonElement Params)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<SignedTransaction> Transactions
    {
        get
        {
            lock (_gate)
            {
                return [.. _transactions.Values];
            }
        }
    }

    public int Count(string method) => Requests.Count(r => r.Method == method);

    /// <summary>Makes <paramref name="function"/> at <paramref name="contract"/> answer with <paramref name="answer"/>'s return data (or revert by throwing <see cref="FakeRevert"/>).</summary>
    public void On(EthAddress contract, AbiFunction function, Func<IReadOnlyList<AbiValue>, byte[]> answer)
    {
        lock (_gate)
        {
            _contracts.Add(contract);
            _functions[(contract, function.Selector)] = args => answer(args);
        }
    }

    public void Returns(EthAddress contract, AbiFunction function, params AbiValue[] outputs) => On(contract, function, _ => function.EncodeOutput(outputs));

    private HttpResponseMessage Respond(FakeRequest request)
    {
        if (request.Body.ValueKind == JsonValueKind.Array)
        {
            return FakeJsonRpcHandler.Json(new JsonArray([.. request.Body.EnumerateArray().Select(Answer)]).ToJsonString());
        }
        return FakeJsonRpcHandler.Json(Answer(request.Body).ToJsonString());
    }

    private JsonNode Answer(JsonElement call)
    {
        var id = call.GetProperty("id").GetInt64();
        var method = call.GetProperty("method").GetString()!;
        var parameters = call.GetProperty("params");
        lock (_gate)
        {
            _requests.Add((method, parameters.Clone()));
        }
        try
        {
            return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = Execute(method, parameters) };
        }
        catch (FakeRevert revert)
        {
            return new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = id,
                ["error"] = new JsonObject { ["code"] = 3, ["message"] = "execution reverted: " + revert.Message, ["data"] = RpcHex.Data(RevertReason.EncodeError(revert.Message)) },
            };
        }
    }

    private JsonNode? Execute(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "eth_chainId":
                return RpcHex.Quantity(ChainId);
            case "eth_blockNumber":
                return RpcHex.Quantity(BlockNumber);
            case "eth_gasPrice":
                return RpcHex.Quantity(GasPrice);
            case "eth_maxPriorityFeePerGas":
                return RpcHex.Quantity(1_000_000_000L);
            case "eth_getBlockByNumber":
                var block = new JsonObject
                {
                    ["number"] = RpcHex.Quantity(BlockNumber),
                    ["hash"] = Hash32.Keccak(BitConverter.GetBytes(BlockNumber)).ToString(),
                    ["parentHash"] = Hash32.Keccak(BitConverter.GetBytes(BlockNumber - 1)).ToString(),
                    ["timestamp"] = "0x6700000",
                    ["gasLimit"] = "0x1c9c380",
                    ["baseFeePerGas"] = "0x5f5e100",
                };
                if (L1BlockNumber is { } l1)
                {
                    block["l1BlockNumber"] = RpcHex.Quantity(l1);
                }
                return block;
            case "eth_getCode":
                return _contracts.Contains(RpcHex.ParseAddress(parameters[0].GetString())) ? "0x6080" : "0x";
            case "eth_call":
                return RpcHex.Data(Call(parameters[0]));
            case "eth_estimateGas":
                Call(parameters[0]);
                return "0x186a0";
            case "eth_getTransactionCount":
                lock (_gate)
                {
                    return RpcHex.Quantity(_nonce);
                }
            case "eth_sendRawTransaction":
                return Mine(SignedTransaction.Decode(RpcHex.ParseData(parameters[0].GetString())));
            case "eth_getTransactionReceipt":
                lock (_gate)
                {
                    return _receipts.TryGetValue(Hash32.Parse(parameters[0].GetString()!), out var receipt) ? receipt.DeepClone() : null;
                }
            case "eth_getTransactionByHash":
                lock (_gate)
                {
                    if (!_transactions.TryGetValue(Hash32.Parse(parameters[0].GetString()!), out var tx))
                    {
                        return null;
                    }
                    return new JsonObject
                    {
                        ["hash"] = tx.Hash.ToString(),
                        ["from"] = tx.RecoverSender().ToLowerHex(),
                        ["to"] = tx.Transaction.To?.ToLowerHex(),
                        ["nonce"] = RpcHex.Quantity(tx.Transaction.Nonce),
                        ["value"] = RpcHex.Quantity(tx.Transaction.Value),
                        ["input"] = RpcHex.Data(tx.Transaction.Data.Span),
                        ["gas"] = RpcHex.Quantity(tx.Transaction.GasLimit),
                        ["blockNumber"] = RpcHex.Quantity(BlockNumber),
                    };
                }
            default:
                throw new InvalidOperationException($"the fake node does not implement {method}");
        }
    }

    private byte[] Call(JsonElement request)
    {
        var to = RpcHex.ParseAddress(request.GetProperty("to").GetString());
        var data = RpcHex.ParseData(request.GetProperty("data").GetString());
        Func<IReadOnlyList<AbiValue>, byte[]>? function;
        lock (_gate)
        {
            _functions.TryGetValue((to, new FunctionSelector(data.AsSpan(0, FunctionSelector.Length))), out function);
        }
        if (function is null)
        {
            return []; // like an address without that function or code
        }
        var abi = AllFunctions.Single(f => f.Selector == new FunctionSelector(data.AsSpan(0, FunctionSelector.Length)));
        return function(abi.DecodeCall(data));
    }

    private static readonly IReadOnlyList<AbiFunction> AllFunctions = [.. LivepeerAbi.Functions];

    private string Mine(SignedTransaction signed)
    {
        // A real node would refuse a transaction whose call reverts only when mined; the simulation already ran.
        var logs = OnTransaction(signed);
        lock (_gate)
        {
            if (signed.Transaction.Nonce != _nonce)
            {
                throw new InvalidOperationException($"fake node: nonce {signed.Transaction.Nonce}, expected {_nonce}");
            }
            _nonce++;
            BlockNumber++;
            _transactions[signed.Hash] = signed;
            _receipts[signed.Hash] = new JsonObject
            {
                ["transactionHash"] = signed.Hash.ToString(),
                ["blockNumber"] = RpcHex.Quantity(BlockNumber),
                ["blockHash"] = Hash32.Keccak(BitConverter.GetBytes(BlockNumber)).ToString(),
                ["from"] = signed.RecoverSender().ToLowerHex(),
                ["to"] = signed.Transaction.To?.ToLowerHex(),
                ["contractAddress"] = null,
                ["status"] = logs is null ? "0x0" : "0x1",
                ["gasUsed"] = "0x5208",
                ["effectiveGasPrice"] = RpcHex.Quantity(GasPrice),
                ["logs"] = new JsonArray([.. (logs ?? []).Select((log, i) => (JsonNode)new JsonObject
                {
                    ["address"] = signed.Transaction.To!.Value.ToLowerHex(),
                    ["topics"] = new JsonArray([.. log.Topics.Select(t => (JsonNode)JsonValue.Create(t.ToString()))]),
                    ["data"] = RpcHex.Data(log.Data.Span),
                    ["blockNumber"] = RpcHex.Quantity(BlockNumber),
                    ["transactionHash"] = signed.Hash.ToString(),
                    ["logIndex"] = RpcHex.Quantity((long)i),
                    ["removed"] = false,
                })]),
            };
        }
        return signed.Hash.ToString();
    }
}
