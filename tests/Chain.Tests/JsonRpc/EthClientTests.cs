using System.Numerics;
using System.Text.Json.Nodes;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;
using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.JsonRpc;

// Typed eth_* parsing and the sender's fee and resend rules against scripted answers.
public sealed class EthClientTests
{
    private static readonly EthKey Key = EthKey.FromHex("0x6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1");

    [Fact]
    public async Task An_out_of_spec_result_names_the_method_and_the_problem()
    {
        var eth = Eth(r => FakeJsonRpcHandler.Result(r, "0x0539"));

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => eth.ChainIdAsync());

        Assert.Equal("eth_chainId: http://127.0.0.1:8545/ answered out of spec: eth_chainId: hex quantity must not have leading zeros, got '0x0539'", e.Message);
        Assert.IsType<FormatException>(e.InnerException);
    }

    [Fact]
    public async Task An_arbitrum_block_carries_its_l1_block_number()
    {
        var eth = Eth(r => FakeJsonRpcHandler.Result(r, JsonNode.Parse("""
            {"number":"0xee6b280","hash":"0x1111111111111111111111111111111111111111111111111111111111111111",
             "parentHash":"0x2222222222222222222222222222222222222222222222222222222222222222","timestamp":"0x66000000",
             "gasLimit":"0x4000000000000","baseFeePerGas":"0x989680","l1BlockNumber":"0x1406f40","transactions":[]}
            """)));

        var block = await eth.GetLatestBlockAsync();

        Assert.Equal(250_000_000, block.Number);
        Assert.Equal(21_000_000, block.L1BlockNumber);
        Assert.Equal(21_000_000, block.ContractBlockNumber);
        Assert.Equal(new BigInteger(10_000_000), block.BaseFeePerGas);
    }

    [Fact]
    public async Task A_receipt_without_a_status_is_refused()
    {
        var eth = Eth(r => FakeJsonRpcHandler.Result(r, JsonNode.Parse("""
            {"transactionHash":"0x1111111111111111111111111111111111111111111111111111111111111111","blockNumber":"0x1",
             "blockHash":"0x2222222222222222222222222222222222222222222222222222222222222222","from":"0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1",
             "to":null,"gasUsed":"0x5208","logs":[]}
            """)));

        var e = await Assert.ThrowsAsync<ChainUnavailableException>(() => eth.GetTransactionReceiptAsync(Hash32.Zero));

        Assert.Contains($"receipt {Hash32.Zero}.status is missing", e.Message);
    }

    [Fact]
    public async Task A_log_filter_is_sent_in_the_node_form()
    {
        var topic = Hash32.Keccak([9]);
        var address = EthAddress.Parse("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1");
        JsonNode? sent = null;
        var eth = Eth(r =>
        {
            sent = JsonNode.Parse(r.Params[0].GetRawText());
            return FakeJsonRpcHandler.Result(r, new JsonArray());
        });

        await eth.GetLogsAsync(new LogFilter { Addresses = [address], Topics = [[topic], null, [topic, Hash32.Zero]], FromBlock = 5, ToBlock = BlockTag.Latest });

        Assert.Equal(
            $$"""{"address":"0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1","topics":["{{topic}}",null,["{{topic}}","{{Hash32.Zero}}"]],"fromBlock":"0x5","toBlock":"latest"}""",
            sent!.ToJsonString());
        Assert.Equal("0x00000000000000000000000090f8bf6a479f320ead074411a4b0e7944ea8c9c1", LogFilter.AddressTopic(address).ToString());
        Assert.Throws<ArgumentException>(() => new LogFilter { BlockHash = topic, FromBlock = 1 }.ToJson());
    }

    [Fact]
    public async Task Without_eth_maxPriorityFeePerGas_the_tip_is_the_median_of_recent_blocks()
    {
        var eth = Eth(r => r.Method switch
        {
            "eth_getBlockByNumber" => FakeJsonRpcHandler.Result(r, Block(baseFee: "0x64")),
            "eth_maxPriorityFeePerGas" => FakeJsonRpcHandler.Error(r, -32601, "the method eth_maxPriorityFeePerGas does not exist/is not available"),
            "eth_feeHistory" => FakeJsonRpcHandler.Result(r, JsonNode.Parse("""{"oldestBlock":"0x1","baseFeePerGas":["0x64","0x64","0x64","0x64"],"gasUsedRatio":[0.5,0.5,0.5],"reward":[["0x5"],["0x9"],["0x7"]]}""")),
            _ => throw new InvalidOperationException(r.Method),
        });

        var quote = await Sender(eth).QuoteFeesAsync();

        Assert.Equal(new BigInteger(7), quote.MaxPriorityFeePerGas);
        Assert.Equal(new BigInteger(2 * 100 + 7), quote.MaxFeePerGas);
    }

    [Fact]
    public async Task Without_any_fee_suggestion_the_tip_is_gas_price_minus_base_fee()
    {
        var eth = Eth(r => r.Method switch
        {
            "eth_getBlockByNumber" => FakeJsonRpcHandler.Result(r, Block(baseFee: "0x64")),
            "eth_maxPriorityFeePerGas" or "eth_feeHistory" => FakeJsonRpcHandler.Error(r, -32601, "method not found"),
            "eth_gasPrice" => FakeJsonRpcHandler.Result(r, "0x96"),
            _ => throw new InvalidOperationException(r.Method),
        });

        var quote = await Sender(eth).QuoteFeesAsync();

        Assert.Equal(new BigInteger(50), quote.MaxPriorityFeePerGas);
    }

    [Fact]
    public async Task A_node_without_base_fee_gets_legacy_in_auto_mode_and_a_clear_refusal_in_eip1559_mode()
    {
        var eth = Eth(r => r.Method switch
        {
            "eth_getBlockByNumber" => FakeJsonRpcHandler.Result(r, Block(baseFee: null)),
            "eth_gasPrice" => FakeJsonRpcHandler.Result(r, "0x3b9aca00"),
            _ => throw new InvalidOperationException(r.Method),
        });

        var auto = await Sender(eth).QuoteFeesAsync();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Sender(eth, FeeMode.Eip1559).QuoteFeesAsync());

        Assert.False(auto.IsEip1559);
        Assert.Equal(new BigInteger(1_000_000_000), auto.GasPrice);
        Assert.Equal("FeeMode is Eip1559 but http://127.0.0.1:8545/ has no base fee in block 16 (no EIP-1559 support); use FeeMode Auto or Legacy", e.Message);
    }

    [Fact]
    public async Task A_send_the_node_already_holds_counts_as_sent()
    {
        SignedTransaction? seen = null;
        var eth = Eth(r => r.Method switch
        {
            "eth_gasPrice" => FakeJsonRpcHandler.Result(r, "0x1"),
            "eth_getTransactionCount" => FakeJsonRpcHandler.Result(r, "0x7"),
            "eth_sendRawTransaction" => Remember(r, out seen),
            "eth_getTransactionByHash" => FakeJsonRpcHandler.Result(r, JsonNode.Parse($$"""
                {"hash":"{{seen!.Hash}}","from":"{{Key.Address.ToLowerHex()}}","to":null,"nonce":"0x7","value":"0x0","input":"0x","gas":"0x5208","blockNumber":null}
                """)),
            _ => throw new InvalidOperationException(r.Method),
        });
        var sender = Sender(eth, FeeMode.Legacy, simulate: false);

        var sent = await sender.SendAsync(new TransactionRequest(Key.Address, ReadOnlyMemory<byte>.Empty) { GasLimit = 21_000 });

        Assert.Equal(7UL, sent.Nonce);
        Assert.Equal(seen!.Hash, sent.Hash);
    }

    [Fact]
    public async Task A_refused_send_leaves_the_nonce_to_be_read_again()
    {
        int counts = 0;
        var eth = Eth(r => r.Method switch
        {
            "eth_gasPrice" => FakeJsonRpcHandler.Result(r, "0x1"),
            "eth_getTransactionCount" => FakeJsonRpcHandler.Result(r, RpcHex.Quantity(++counts * 10L)),
            "eth_sendRawTransaction" => FakeJsonRpcHandler.Error(r, -32000, "insufficient funds for gas * price + value"),
            "eth_getTransactionByHash" => FakeJsonRpcHandler.Result(r, null),
            _ => throw new InvalidOperationException(r.Method),
        });
        var nonces = new NonceManager(eth);
        var sender = new TransactionSender(eth, Key, 1337, new TransactionSenderOptions { FeeMode = FeeMode.Legacy, SimulateBeforeSend = false }, nonces);

        var e = await Assert.ThrowsAsync<JsonRpcException>(() => sender.SendAsync(new TransactionRequest(Key.Address, ReadOnlyMemory<byte>.Empty) { GasLimit = 21_000 }));
        using var lease = await nonces.AcquireAsync(Key.Address);

        Assert.Contains("insufficient funds", e.Message);
        Assert.Equal(20UL, lease.Nonce);
    }

    private static HttpResponseMessage Remember(FakeRequest request, out SignedTransaction? seen)
    {
        seen = SignedTransaction.Decode(RpcHex.ParseData(request.Params[0].GetString()));
        return FakeJsonRpcHandler.Error(request, -32000, "already known");
    }

    private static JsonNode Block(string? baseFee)
    {
        var block = JsonNode.Parse("""
            {"number":"0x10","hash":"0x1111111111111111111111111111111111111111111111111111111111111111",
             "parentHash":"0x2222222222222222222222222222222222222222222222222222222222222222","timestamp":"0x1","gasLimit":"0x1"}
            """)!;
        if (baseFee is not null)
        {
            block["baseFeePerGas"] = baseFee;
        }
        return block;
    }

    private static EthClient Eth(Func<FakeRequest, HttpResponseMessage> respond) => new(new FakeJsonRpcHandler(respond).Client());

    private static TransactionSender Sender(EthClient eth, FeeMode feeMode = FeeMode.Auto, bool simulate = true) =>
        new(eth, Key, 1337, new TransactionSenderOptions { FeeMode = feeMode, SimulateBeforeSend = simulate });
}
