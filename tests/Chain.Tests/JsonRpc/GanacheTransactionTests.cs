using System.Numerics;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;
using Livepeer.Chain.Tests.Support;
using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Chain.Tests.JsonRpc;

// Signed transfers against a real ganache: both transaction types, concurrent sends, nonce recovery.
[Collection(GanacheCollection.Name)]
public sealed class GanacheTransactionTests(GanacheFixture ganache)
{
    private static readonly EthKey Account0 = EthKey.FromHex(GanacheAccounts.PrivateKeys[0]);
    private static readonly BigInteger OneGwei = 1_000_000_000;

    private readonly EthClient _eth = new(new JsonRpcClient(new HttpClient(), new JsonRpcOptions { Url = ganache.Url }));

    [Fact]
    public async Task The_chain_id_and_latest_block_are_read()
    {
        Assert.Equal(1337, await _eth.ChainIdAsync());

        var latest = await _eth.GetLatestBlockAsync();
        Assert.Equal(latest.Number, await _eth.BlockNumberAsync());
        Assert.False(latest.Hash.IsZero);
        Assert.NotNull(latest.BaseFeePerGas);
        Assert.Null(latest.L1BlockNumber);
        Assert.Equal(latest.Number, latest.ContractBlockNumber);
        Assert.Null(await _eth.GetBlockByNumberAsync(BlockTag.Number(latest.Number + 1_000_000)));
        Assert.Equal(Account0.Address, EthAddress.Parse(GanacheAccounts.Addresses[0]));
    }

    [Fact]
    public async Task A_signed_legacy_transfer_is_mined_and_moves_the_value()
    {
        var sender = Sender(Account0, FeeMode.Legacy);
        var recipient = EthKey.Generate().Address;
        var before = await _eth.GetBalanceAsync(Account0.Address, BlockTag.Latest);

        var sent = await sender.SendAsync(new TransactionRequest(recipient, ReadOnlyMemory<byte>.Empty) { Value = 12_345 });
        var receipt = await _eth.WaitForSuccessAsync(sent.Hash, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));

        var legacy = Assert.IsType<LegacyTransaction>(sent.Signed.Transaction);
        Assert.Equal(1337, legacy.ChainId);
        Assert.Equal(await _eth.GasPriceAsync(), legacy.GasPrice);
        Assert.True(receipt.Succeeded);
        Assert.Equal(sent.Hash, receipt.TransactionHash);
        Assert.Equal(Account0.Address, receipt.From);
        Assert.Equal(recipient, receipt.To);
        Assert.Equal(21_000UL, receipt.GasUsed);
        Assert.Equal(new BigInteger(12_345), await _eth.GetBalanceAsync(recipient, BlockTag.Latest));
        var spent = before - await _eth.GetBalanceAsync(Account0.Address, BlockTag.Latest);
        Assert.Equal(12_345 + receipt.GasUsed * receipt.EffectiveGasPrice!.Value, spent);
    }

    [Fact]
    public async Task A_signed_EIP_1559_transfer_is_mined_and_moves_the_value()
    {
        var sender = Sender(Account0, FeeMode.Eip1559);
        var recipient = EthKey.Generate().Address;
        var value = BigInteger.Parse("1000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
        var before = await _eth.GetBalanceAsync(Account0.Address, BlockTag.Latest);

        var sent = await sender.SendAsync(new TransactionRequest(recipient, ReadOnlyMemory<byte>.Empty) { Value = value });
        var receipt = await _eth.WaitForSuccessAsync(sent.Hash, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));

        var typed = Assert.IsType<Eip1559Transaction>(sent.Signed.Transaction);
        Assert.Equal(1337, typed.ChainId);
        Assert.Equal(OneGwei, typed.MaxPriorityFeePerGas); // ganache's eth_maxPriorityFeePerGas
        Assert.True(typed.MaxFeePerGas >= typed.MaxPriorityFeePerGas);
        Assert.True(receipt.Succeeded);
        Assert.Equal(value, await _eth.GetBalanceAsync(recipient, BlockTag.Latest));
        var spent = before - await _eth.GetBalanceAsync(Account0.Address, BlockTag.Latest);
        Assert.Equal(value + receipt.GasUsed * receipt.EffectiveGasPrice!.Value, spent);
        Assert.True(receipt.EffectiveGasPrice <= typed.MaxFeePerGas);
    }

    [Fact]
    public async Task Auto_fee_mode_prices_EIP_1559_from_the_base_fee_on_a_london_chain()
    {
        var latest = await _eth.GetLatestBlockAsync();

        var quote = await Sender(Account0, FeeMode.Auto).QuoteFeesAsync();

        Assert.True(quote.IsEip1559);
        Assert.Equal(OneGwei, quote.MaxPriorityFeePerGas);
        Assert.True(quote.MaxFeePerGas >= latest.BaseFeePerGas!.Value + OneGwei);
    }

    [Fact]
    public async Task Ten_concurrent_sends_from_one_account_all_succeed_with_distinct_nonces()
    {
        var sender = Sender(Account0, FeeMode.Auto);
        var recipient = EthKey.Generate().Address;
        var first = await _eth.GetTransactionCountAsync(Account0.Address, BlockTag.Pending);

        var sent = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            sender.SendAsync(new TransactionRequest(recipient, ReadOnlyMemory<byte>.Empty) { Value = i, Label = $"transfer {i}" })));
        var receipts = await Task.WhenAll(sent.Select(s => _eth.WaitForSuccessAsync(s.Hash, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(100))));

        Assert.Equal(Enumerable.Range(0, 10).Select(i => first + (ulong)i), sent.Select(s => s.Nonce).Order());
        Assert.All(receipts, r => Assert.True(r.Succeeded));
        Assert.Equal(10, sent.Select(s => s.Hash).Distinct().Count());
        Assert.Equal(new BigInteger(55), await _eth.GetBalanceAsync(recipient, BlockTag.Latest));
        Assert.Equal(first + 10, await _eth.GetTransactionCountAsync(Account0.Address, BlockTag.Pending));
    }

    [Fact]
    public async Task A_nonce_used_elsewhere_is_noticed_and_the_send_goes_through_with_the_next_one()
    {
        var key = EthKey.FromHex(GanacheAccounts.PrivateKeys[3]);
        var recipient = EthKey.Generate().Address;
        var log = new ListLogger<TransactionSender>();
        var ours = new TransactionSender(_eth, key, 1337, new TransactionSenderOptions { FeeMode = FeeMode.Legacy }, logger: log);
        var first = await ours.SendAsync(new TransactionRequest(recipient, ReadOnlyMemory<byte>.Empty) { Value = 1 });

        // Another process sends from the same account; our local next nonce is now stale.
        var elsewhere = await Sender(key, FeeMode.Legacy).SendAsync(new TransactionRequest(recipient, ReadOnlyMemory<byte>.Empty) { Value = 2 });
        var second = await ours.SendAsync(new TransactionRequest(recipient, ReadOnlyMemory<byte>.Empty) { Value = 4 });
        await _eth.WaitForSuccessAsync(second.Hash, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));

        Assert.Equal(first.Nonce + 1, elsewhere.Nonce);
        Assert.Equal(first.Nonce + 2, second.Nonce);
        Assert.Equal(new BigInteger(7), await _eth.GetBalanceAsync(recipient, BlockTag.Latest));
        var warning = Assert.Single(log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.StartsWith($"The node refused nonce {first.Nonce + 1} of {key.Address} for transaction (", warning.Message);
    }

    [Fact]
    public async Task A_lease_released_without_commit_makes_the_next_one_reread_the_node()
    {
        var key = EthKey.FromHex(GanacheAccounts.PrivateKeys[4]);
        var nonces = new NonceManager(_eth);
        var onChain = await _eth.GetTransactionCountAsync(key.Address, BlockTag.Pending);

        using (var lease = await nonces.AcquireAsync(key.Address))
        {
            Assert.Equal(onChain, lease.Nonce);
            lease.Commit();
        }
        using (var lease = await nonces.AcquireAsync(key.Address))
        {
            Assert.Equal(onChain + 1, lease.Nonce); // committed but never sent: the local count runs ahead
        }
        using (var lease = await nonces.AcquireAsync(key.Address))
        {
            Assert.Equal(onChain, lease.Nonce); // the uncommitted lease sent us back to the node
        }
    }

    [Fact]
    public async Task A_second_lease_on_the_same_account_waits_for_the_first()
    {
        var key = EthKey.FromHex(GanacheAccounts.PrivateKeys[5]);
        var nonces = new NonceManager(_eth);
        var first = await nonces.AcquireAsync(key.Address);

        var second = nonces.AcquireAsync(key.Address);
        await Task.Delay(200);
        Assert.False(second.IsCompleted);

        first.Commit();
        first.Dispose();
        using var next = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(first.Nonce + 1, next.Nonce);
    }

    [Fact]
    public async Task Waiting_for_a_receipt_that_never_comes_times_out_with_the_hash()
    {
        var hash = Protocol.Tickets.Hash32.Keccak(Guid.NewGuid().ToByteArray());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<TransactionNotMinedException>(() =>
            _eth.WaitForReceiptAsync(hash, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(50)));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(400), clock.Elapsed.ToString());
        Assert.Equal(hash, e.TransactionHash);
        Assert.Equal($"transaction {hash} was not mined within 0.4 s; it may still be mined later", e.Message);
    }

    private TransactionSender Sender(EthKey key, FeeMode feeMode) =>
        new(_eth, key, 1337, new TransactionSenderOptions { FeeMode = feeMode, ReceiptPollInterval = TimeSpan.FromMilliseconds(100) });
}
