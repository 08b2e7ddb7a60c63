using System.Numerics;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Chain.Tests.JsonRpc;

// Reverts, failed transactions and logs against a real ganache, with Contracts/RevertProbe.sol.
[Collection(GanacheCollection.Name)]
public sealed class GanacheContractTests(GanacheFixture ganache)
{
    private static readonly EthKey Deployer = EthKey.FromHex(GanacheAccounts.PrivateKeys[1]);

    private readonly EthClient _eth = new(new JsonRpcClient(new HttpClient(), new JsonRpcOptions { Url = ganache.Url }));

    [Fact]
    public async Task Eth_call_reverts_carry_the_decoded_reason()
    {
        var probe = await DeployAsync();

        var require = await Assert.ThrowsAsync<ContractRevertException>(() => CallAsync(probe, RevertProbeContract.Nope.EncodeCall()));
        var panic = await Assert.ThrowsAsync<ContractRevertException>(() => CallAsync(probe, RevertProbeContract.Divide.EncodeCall(1L, 0L)));
        var bare = await Assert.ThrowsAsync<ContractRevertException>(() => CallAsync(probe, RevertProbeContract.Bare.EncodeCall()));

        Assert.Equal("nope", require.Reason);
        Assert.Equal("transaction failed: nope", require.Message);
        Assert.Equal("panic 0x12: division or modulo by zero", panic.Reason);
        Assert.Equal("reverted without a reason", bare.Reason);
        Assert.Equal(new BigInteger(3), RevertProbeContract.Divide.DecodeSingleOutput(await CallAsync(probe, RevertProbeContract.Divide.EncodeCall(7L, 2L))).AsNumber());
    }

    [Fact]
    public async Task Gas_estimation_of_a_reverting_call_carries_the_reason()
    {
        var probe = await DeployAsync();

        var e = await Assert.ThrowsAsync<ContractRevertException>(() => _eth.EstimateGasAsync(new CallRequest(probe, RevertProbeContract.Nope.EncodeCall())));

        Assert.Equal("nope", e.Reason);
    }

    [Fact]
    public async Task A_batch_of_calls_answers_in_order_and_a_revert_in_it_surfaces()
    {
        var probe = await DeployAsync();

        var answers = await _eth.CallBatchAsync(
            [new CallRequest(probe, RevertProbeContract.Divide.EncodeCall(9L, 3L)), new CallRequest(probe, RevertProbeContract.Counter.EncodeCall())],
            BlockTag.Latest);
        var e = await Assert.ThrowsAsync<ContractRevertException>(() => _eth.CallBatchAsync(
            [new CallRequest(probe, RevertProbeContract.Counter.EncodeCall()), new CallRequest(probe, RevertProbeContract.Nope.EncodeCall())],
            BlockTag.Latest));

        Assert.Equal(new BigInteger(3), RevertProbeContract.Divide.DecodeSingleOutput(answers[0]).AsNumber());
        Assert.Equal(BigInteger.Zero, RevertProbeContract.Counter.DecodeSingleOutput(answers[1]).AsNumber());
        Assert.Equal("nope", e.Reason);
    }

    [Fact]
    public async Task The_sender_simulates_first_so_a_revert_costs_nothing()
    {
        var probe = await DeployAsync();
        var key = EthKey.FromHex(GanacheAccounts.PrivateKeys[6]);
        var nonceBefore = await _eth.GetTransactionCountAsync(key.Address, BlockTag.Pending);
        var balanceBefore = await _eth.GetBalanceAsync(key.Address, BlockTag.Latest);

        var e = await Assert.ThrowsAsync<ContractRevertException>(() =>
            Sender(key).SendAsync(new TransactionRequest(probe, RevertProbeContract.Bump.EncodeCall(true)) { Label = "bump" }));

        Assert.Equal("bump refused", e.Reason);
        Assert.Equal(nonceBefore, await _eth.GetTransactionCountAsync(key.Address, BlockTag.Pending));
        Assert.Equal(balanceBefore, await _eth.GetBalanceAsync(key.Address, BlockTag.Latest));
    }

    [Fact]
    public async Task A_mined_failure_is_explained_by_replaying_it_at_its_block()
    {
        var probe = await DeployAsync();
        var key = EthKey.FromHex(GanacheAccounts.PrivateKeys[7]);
        var sender = Sender(key, simulate: false);
        var request = new TransactionRequest(probe, RevertProbeContract.Bump.EncodeCall(true)) { GasLimit = 200_000, Label = "bump" };

        var sent = await sender.SendAsync(request);
        var receipt = await _eth.WaitForReceiptAsync(sent.Hash, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));
        var explained = await _eth.ExplainFailureAsync(receipt);
        var thrown = await Assert.ThrowsAsync<ContractRevertException>(() => sender.SendAndWaitAsync(request));

        Assert.False(receipt.Succeeded);
        Assert.Empty(receipt.Logs);
        Assert.Equal("bump refused", explained.Reason);
        Assert.Equal("bump refused", thrown.Reason);
        Assert.Equal(sent.Nonce + 2, await _eth.GetTransactionCountAsync(key.Address, BlockTag.Pending)); // both failures were mined
        Assert.Equal(BigInteger.Zero, RevertProbeContract.Counter.DecodeSingleOutput(await CallAsync(probe, RevertProbeContract.Counter.EncodeCall())).AsNumber());
    }

    [Fact]
    public async Task Receipts_and_eth_getLogs_return_the_events_filtered_by_address_and_topics()
    {
        var probe = await DeployAsync();
        var other = await DeployAsync();
        var key = EthKey.FromHex(GanacheAccounts.PrivateKeys[8]);
        var sender = Sender(key);
        var start = await _eth.BlockNumberAsync();

        var first = await sender.SendAndWaitAsync(new TransactionRequest(probe, RevertProbeContract.Bump.EncodeCall(false)) { Label = "bump" });
        await sender.SendAndWaitAsync(new TransactionRequest(probe, RevertProbeContract.Bump.EncodeCall(false)) { Label = "bump" });
        await Sender(Deployer).SendAndWaitAsync(new TransactionRequest(probe, RevertProbeContract.Bump.EncodeCall(false)) { Label = "bump" });
        await sender.SendAndWaitAsync(new TransactionRequest(other, RevertProbeContract.Bump.EncodeCall(false)) { Label = "bump" });

        var receiptLog = Assert.Single(first.LogsOf(probe, RevertProbeContract.Bumped));
        Assert.Equal(first.BlockNumber, receiptLog.BlockNumber);
        Assert.Equal(first.TransactionHash, receiptLog.TransactionHash);
        var byKeyOnProbe = await _eth.GetLogsAsync(new LogFilter
        {
            Addresses = [probe],
            Topics = [[RevertProbeContract.Bumped.Topic0], [LogFilter.AddressTopic(key.Address)]],
            FromBlock = start + 1,
            ToBlock = BlockTag.Latest,
        });
        var everyBumpOnProbe = await _eth.GetLogsAsync(new LogFilter { Addresses = [probe], Topics = [[RevertProbeContract.Bumped.Topic0]], FromBlock = start + 1 });
        var byKeyAnywhere = await _eth.GetLogsAsync(new LogFilter { Topics = [null, [LogFilter.AddressTopic(key.Address)]], FromBlock = start + 1 });
        var onBoth = await _eth.GetLogsAsync(new LogFilter { Addresses = [probe, other], FromBlock = start + 1 });

        Assert.Equal([1, 2], byKeyOnProbe.Select(l => (int)RevertProbeContract.Bumped.Decode(l.ToEventLog())[1].AsNumber()));
        Assert.All(byKeyOnProbe, l => Assert.Equal(key.Address, RevertProbeContract.Bumped.Decode(l.ToEventLog())[0].AsAddress()));
        Assert.Equal(3, everyBumpOnProbe.Count);
        Assert.Equal(3, byKeyAnywhere.Count);
        Assert.Equal(4, onBoth.Count);
        Assert.All(onBoth, l => Assert.False(l.Removed));
    }

    private async Task<byte[]> CallAsync(EthAddress to, byte[] data) => await _eth.CallAsync(new CallRequest(to, data), BlockTag.Latest);

    private async Task<EthAddress> DeployAsync()
    {
        var receipt = await Sender(Deployer).SendAndWaitAsync(new TransactionRequest(null, RevertProbeContract.Bytecode) { Label = "deploy RevertProbe" });
        var address = receipt.ContractAddress ?? throw new InvalidOperationException("the deployment receipt has no contract address");
        Assert.NotEmpty(await _eth.GetCodeAsync(address, BlockTag.Latest));
        return address;
    }

    private TransactionSender Sender(EthKey key, bool simulate = true) =>
        new(_eth, key, 1337, new TransactionSenderOptions { SimulateBeforeSend = simulate, ReceiptPollInterval = TimeSpan.FromMilliseconds(100) });
}
