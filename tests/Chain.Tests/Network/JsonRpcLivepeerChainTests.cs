using System.Numerics;
using System.Text.Json;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.Network;
using Livepeer.Chain.Tests.Support;
using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Logging;

namespace Livepeer.Chain.Tests.Network;

// JsonRpcLivepeerChain against a scripted node: resolution through the Controller, the chain-id
// guard, the ABI plumbing of every ILivepeerChain member, and the redeem flow down to the signed
// transaction and its receipt logs. The same class runs against the Solidity doubles on the dev chain.
public sealed class JsonRpcLivepeerChainTests
{
    private static readonly EthAddress Controller = Address(0xC0);
    private static readonly EthAddress TicketBroker = Address(0x7B);
    private static readonly EthAddress RoundsManager = Address(0x12);
    private static readonly EthAddress BondingManager = Address(0xB0);
    private static readonly EthAddress ServiceRegistry = Address(0x5E);
    private static readonly EthKey SenderKey = EthKey.FromHex("0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d");
    private static readonly EthAddress Recipient = EthAddress.Parse("0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0");

    private readonly FakeEthNode _node = new();

    public JsonRpcLivepeerChainTests()
    {
        _node.On(Controller, LivepeerAbi.GetContract, args =>
        {
            var id = args[0].AsHash32();
            var name = LivepeerContracts.ResolvedNames.SingleOrDefault(n => LivepeerAbi.ContractId(n) == id);
            var address = name switch
            {
                "TicketBroker" => TicketBroker,
                "RoundsManager" => RoundsManager,
                "BondingManager" => BondingManager,
                "ServiceRegistry" => ServiceRegistry,
                _ => EthAddress.Zero,
            };
            return LivepeerAbi.GetContract.EncodeOutput(address);
        });
    }

    [Fact]
    public async Task Connecting_checks_the_chain_id_and_resolves_the_contracts_from_the_controller_once()
    {
        var chain = Chain();

        var first = await chain.ConnectAsync();
        var second = await chain.ConnectAsync();
        await chain.GetGasPriceAsync();

        Assert.Same(first, second);
        Assert.Equal(new LivepeerContractAddresses(Controller, TicketBroker, RoundsManager, BondingManager, ServiceRegistry, null), first);
        Assert.Equal(1, _node.Count("eth_chainId"));
        var getContractCalls = _node.Requests.Where(r => r.Method == "eth_call").ToArray();
        Assert.Equal(4, getContractCalls.Length);
        Assert.All(getContractCalls, c => Assert.Equal(Controller.ToLowerHex(), c.Params[0].GetProperty("to").GetString()));
        Assert.Equal(
            ["0xbd1aa3e8d2464256d7fd3dcf645c16418d5d8c51d971f1ad7d57e7b1b5eee239", "0xe8438ea868df48e3fc21f2f087b993c9b1837dc0f6135064161ce7d7a1701fe8",
             "0x2517d59a36a86548e38734e8ab416f42afff4bca78706a66ad65750dae7f9e37", "0x79c5d2a4a07754f4bacb0ffba18ac516030ee589ebc89db8627680c4d4cdb230"],
            getContractCalls.Select(c => "0x" + c.Params[0].GetProperty("data").GetString()![10..]));
    }

    [Fact]
    public async Task A_node_on_another_chain_is_refused_before_any_contract_is_touched()
    {
        _node.ChainId = 42161;
        var chain = Chain();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => chain.GetSenderInfoAsync(SenderKey.Address));

        Assert.Equal(
            "the node at http://127.0.0.1:8545/ is on chain 42161, but network 'testnet' is configured for chain 1337; refusing to run (check the RPC URL and the network settings)",
            e.Message);
        Assert.Equal(0, _node.Count("eth_call"));
    }

    [Fact]
    public async Task A_controller_address_without_code_is_explained()
    {
        var options = Options();
        options.ControllerAddress = Address(0x99).ToString();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => JsonRpcLivepeerChain.ConnectAsync(new HttpClient(_node.Handler), options));

        Assert.Equal($"there is no contract at the Controller address {Address(0x99)} on http://127.0.0.1:8545/; check ControllerAddress for network 'testnet'", e.Message);
    }

    [Fact]
    public async Task A_contract_missing_from_the_controller_is_named()
    {
        _node.On(Controller, LivepeerAbi.GetContract, args => LivepeerAbi.GetContract.EncodeOutput(
            args[0].AsHash32() == LivepeerAbi.ContractId("BondingManager") ? EthAddress.Zero : TicketBroker));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Chain().ConnectAsync());

        Assert.Equal(
            $"the Controller {Controller} has no BondingManager registered (getContract(keccak256(\"BondingManager\")) is the zero address); are the contracts deployed on network 'testnet'?",
            e.Message);
    }

    [Fact]
    public async Task A_failed_connection_is_tried_again_on_the_next_call()
    {
        _node.ChainId = 5;
        var chain = Chain();
        await Assert.ThrowsAsync<InvalidOperationException>(() => chain.ConnectAsync());

        _node.ChainId = 1337;

        Assert.Equal(TicketBroker, (await chain.ConnectAsync()).TicketBroker);
    }

    [Fact]
    public async Task Addresses_other_than_the_expected_ones_are_logged()
    {
        var options = Options();
        options.ExpectedContracts["TicketBroker"] = Address(0x01).ToString();
        var logs = new ListLoggerFactory();

        await JsonRpcLivepeerChain.ConnectAsync(new HttpClient(_node.Handler), options, loggerFactory: logs);

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal($"Livepeer testnet: the Controller resolves TicketBroker to {TicketBroker}, not the expected {Address(0x01)}; using the Controller's answer", warning.Message);
    }

    [Fact]
    public async Task Ticket_broker_views_are_decoded()
    {
        var ticketHash = Hash32.Keccak([1, 2, 3]);
        _node.Returns(TicketBroker, LivepeerAbi.GetSenderInfo, AbiValue.List(1_000L, 7L), AbiValue.List(500L, 20L));
        _node.On(TicketBroker, LivepeerAbi.ClaimedReserve, args =>
            LivepeerAbi.ClaimedReserve.EncodeOutput(args[0].AsAddress() == SenderKey.Address && args[1].AsAddress() == Recipient ? 11L : 0L));
        _node.On(TicketBroker, LivepeerAbi.UsedTickets, args => LivepeerAbi.UsedTickets.EncodeOutput(args[0].AsHash32() == ticketHash));
        _node.Returns(TicketBroker, LivepeerAbi.UnlockPeriod, 2L);
        _node.Returns(TicketBroker, LivepeerAbi.TicketValidityPeriod, 3L);
        var chain = Chain();

        var info = await chain.GetSenderInfoAsync(SenderKey.Address);

        Assert.Equal(new SenderInfo(1_000, new ReserveInfo(500, 20), 7), info);
        Assert.Equal(11, await chain.GetClaimedReserveAsync(SenderKey.Address, Recipient));
        Assert.True(await chain.IsTicketUsedAsync(ticketHash));
        Assert.False(await chain.IsTicketUsedAsync(Hash32.Zero));
        Assert.Equal(2, await chain.GetUnlockPeriodAsync());
        Assert.Equal(3, await chain.GetTicketValidityPeriodAsync());
    }

    [Fact]
    public async Task The_round_state_is_read_at_one_block()
    {
        var blockHash = Hash32.Keccak([42]);
        _node.Returns(RoundsManager, LivepeerAbi.CurrentRound, 12L);
        _node.Returns(RoundsManager, LivepeerAbi.CurrentRoundInitialized, true);
        _node.Returns(RoundsManager, LivepeerAbi.CurrentRoundStartBlock, 96L);
        _node.Returns(RoundsManager, LivepeerAbi.RoundLength, 8L);
        _node.Returns(RoundsManager, LivepeerAbi.LastInitializedRound, 12L);
        _node.On(RoundsManager, LivepeerAbi.BlockHashForRound, args => LivepeerAbi.BlockHashForRound.EncodeOutput(args[0].AsInt64("round") == 12 ? blockHash : Hash32.Zero));
        var chain = Chain();
        await chain.ConnectAsync();

        var state = await chain.GetRoundStateAsync();

        Assert.Equal(new RoundState(12, true, 96, 8, 12, blockHash), state);
        var roundCalls = _node.Requests.Where(r => r.Method == "eth_call" && r.Params[0].GetProperty("to").GetString() == RoundsManager.ToLowerHex()).ToArray();
        Assert.Equal(6, roundCalls.Length);
        Assert.All(roundCalls, c => Assert.Equal("0x64", c.Params[1].GetString()));
        Assert.Equal(blockHash, await chain.GetBlockHashForRoundAsync(12));
        Assert.Equal(Hash32.Zero, await chain.GetBlockHashForRoundAsync(11));
    }

    [Fact]
    public async Task The_pool_is_walked_from_first_to_next_until_the_zero_address()
    {
        EthAddress[] pool = [Address(0xA1), Address(0xA2), Address(0xA3)];
        ScriptPool(pool, reportedSize: 3);
        _node.On(BondingManager, LivepeerAbi.IsActiveTranscoder, args => LivepeerAbi.IsActiveTranscoder.EncodeOutput(args[0].AsAddress() == pool[1]));
        _node.On(BondingManager, LivepeerAbi.TranscoderTotalStake, args => LivepeerAbi.TranscoderTotalStake.EncodeOutput(args[0].AsAddress() == pool[0] ? 5_000L : 0L));
        var chain = Chain();

        Assert.Equal(pool, await chain.GetTranscoderPoolAsync());
        Assert.Equal(3, await chain.GetTranscoderPoolSizeAsync());
        Assert.True(await chain.IsActiveTranscoderAsync(pool[1]));
        Assert.False(await chain.IsActiveTranscoderAsync(pool[0]));
        Assert.Equal(5_000, await chain.GetTranscoderTotalStakeAsync(pool[0]));
    }

    [Fact]
    public async Task An_empty_pool_is_empty()
    {
        ScriptPool([], reportedSize: 0);

        Assert.Empty(await Chain().GetTranscoderPoolAsync());
    }

    [Fact]
    public async Task A_pool_list_that_does_not_end_is_refused()
    {
        EthAddress[] pool = [Address(0xA1), Address(0xA2)];
        _node.Returns(BondingManager, LivepeerAbi.GetTranscoderPoolSize, 2L);
        _node.Returns(BondingManager, LivepeerAbi.GetFirstTranscoderInPool, pool[0]);
        _node.On(BondingManager, LivepeerAbi.GetNextTranscoderInPool, args =>
            LivepeerAbi.GetNextTranscoderInPool.EncodeOutput(args[0].AsAddress() == pool[0] ? pool[1] : pool[0]));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Chain().GetTranscoderPoolAsync());

        Assert.Contains("does not end after its 2 transcoders", e.Message);
    }

    [Fact]
    public async Task The_L1_block_number_is_the_arbitrum_field_when_present()
    {
        var chain = Chain();
        _node.BlockNumber = 250_000_000;

        Assert.Equal(250_000_000, await chain.GetL1BlockNumberAsync());

        _node.L1BlockNumber = 21_000_000;
        Assert.Equal(21_000_000, await chain.GetL1BlockNumberAsync());
        Assert.Equal(_node.GasPrice, await chain.GetGasPriceAsync());
    }

    [Fact]
    public async Task Service_uris_are_read_and_the_ai_registry_must_be_configured()
    {
        _node.On(ServiceRegistry, LivepeerAbi.GetServiceUri, args => LivepeerAbi.GetServiceUri.EncodeOutput(AbiValue.String(args[0].AsAddress() == Recipient ? "https://o.example:8935" : "")));
        var chain = Chain();

        Assert.Equal("https://o.example:8935", await chain.GetServiceUriAsync(Recipient));
        Assert.Equal("", await chain.GetServiceUriAsync(SenderKey.Address));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => chain.GetAiServiceUriAsync(Recipient));
        Assert.Equal("no AI ServiceRegistry is configured for network 'testnet' (set AiServiceRegistryAddress)", e.Message);
    }

    [Fact]
    public async Task A_read_that_reverts_carries_the_reason()
    {
        _node.On(TicketBroker, LivepeerAbi.GetSenderInfo, _ => throw new FakeRevert("system is paused"));

        var e = await Assert.ThrowsAsync<ContractRevertException>(() => Chain().GetSenderInfoAsync(SenderKey.Address));

        Assert.Equal("system is paused", e.Reason);
    }

    [Fact]
    public async Task Writes_need_a_signing_key()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Chain(signer: null).UnlockAsync());

        Assert.Equal("unlock needs a signing key, but this Livepeer chain client for 'testnet' was created read-only", e.Message);
    }

    [Fact]
    public async Task Redeeming_simulates_sends_the_exact_calldata_and_reads_the_amount_from_the_transfer_log()
    {
        var winner = Winner();
        _node.On(TicketBroker, LivepeerAbi.RedeemWinningTicket, _ => []);
        _node.OnTransaction = tx =>
        [
            LivepeerAbi.WinningTicketTransferEvent.Encode(SenderKey.Address, Recipient, 777L),
            LivepeerAbi.WinningTicketRedeemedEvent.Encode(SenderKey.Address, Recipient, winner.Ticket.FaceValue, winner.Ticket.WinProb, 1L, 42L, AbiValue.Bytes(winner.Ticket.AuxData())),
        ];
        var chain = Chain(signer: SenderKey);

        var receipt = await chain.RedeemWinningTicketAsync(winner);

        var sent = Assert.Single(_node.Transactions);
        Assert.Equal(LivepeerAbi.EncodeRedeemWinningTicket(winner), sent.Transaction.Data.ToArray());
        Assert.Equal(TicketBroker, sent.Transaction.To);
        Assert.Equal(SenderKey.Address, sent.RecoverSender());
        Assert.Equal(1337, Assert.IsType<Eip1559Transaction>(sent.Transaction).ChainId);
        Assert.Equal(new RedemptionReceipt(sent.Hash, 777, _node.BlockNumber), receipt);
        Assert.True(_node.Requests.Select(r => r.Method).ToList().IndexOf("eth_call") < _node.Requests.Select(r => r.Method).ToList().IndexOf("eth_sendRawTransaction"));
    }

    [Fact]
    public async Task A_redemption_that_pays_nothing_reports_zero()
    {
        _node.On(TicketBroker, LivepeerAbi.RedeemWinningTicket, _ => []);
        _node.OnTransaction = _ => [];

        var receipt = await Chain(signer: SenderKey).RedeemWinningTicketAsync(Winner());

        Assert.Equal(BigInteger.Zero, receipt.AmountPaid);
    }

    [Fact]
    public async Task A_redemption_the_simulation_rejects_is_never_sent()
    {
        _node.On(TicketBroker, LivepeerAbi.RedeemWinningTicket, _ => throw new FakeRevert("ticket is used"));

        var e = await Assert.ThrowsAsync<ContractRevertException>(() => Chain(signer: SenderKey).RedeemWinningTicketAsync(Winner()));

        Assert.Equal("ticket is used", e.Reason);
        Assert.Empty(_node.Transactions);
        Assert.Equal(0, _node.Count("eth_sendRawTransaction"));
    }

    [Fact]
    public async Task A_redemption_that_fails_when_mined_is_explained_by_its_replay()
    {
        var simulations = 0;
        _node.On(TicketBroker, LivepeerAbi.RedeemWinningTicket, _ =>
            Interlocked.Increment(ref simulations) <= 2 ? [] : throw new FakeRevert("ticket is used")); // simulation and estimate pass, the replay fails
        _node.OnTransaction = _ => null;

        var e = await Assert.ThrowsAsync<ContractRevertException>(() => Chain(signer: SenderKey).RedeemWinningTicketAsync(Winner()));

        Assert.Equal("ticket is used", e.Reason);
        Assert.Single(_node.Transactions);
    }

    [Fact]
    public async Task Funding_sends_the_value_with_the_call()
    {
        _node.On(TicketBroker, LivepeerAbi.FundDepositAndReserve, _ => []);
        _node.On(TicketBroker, LivepeerAbi.FundDeposit, _ => []);
        var chain = Chain(signer: SenderKey);

        await chain.FundDepositAndReserveAsync(1_000, 500);
        await chain.FundDepositAsync(3);

        Assert.Equal([new BigInteger(1_500), new BigInteger(3)], _node.Transactions.Select(t => t.Transaction.Value));
        Assert.Equal(LivepeerAbi.EncodeFundDepositAndReserve(1_000, 500), _node.Transactions[0].Transaction.Data.ToArray());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => chain.FundReserveAsync(0));
    }

    [Fact]
    public void Arbitrum_one_preset_carries_the_mainnet_addresses()
    {
        var options = LivepeerChainOptions.ArbitrumOne(new Uri("https://arb1.arbitrum.io/rpc"));

        Assert.Empty(options.Errors());
        Assert.Equal(42161, options.ChainId);
        Assert.Equal(EthAddress.Parse("0xD8E8328501E9645d16Cf49539efC04f734606ee4"), options.Controller);
        Assert.Equal(EthAddress.Parse("0x04C0b249740175999E5BF5c9ac1dA92431EF34C5"), options.AiServiceRegistry);
        Assert.Equal("0xa8bB618B1520E284046F3dFc448851A1Ff26e41B", options.ExpectedContracts["TicketBroker"]);
        Assert.Equal("0xdd6f56DcC28D3F5f27084381fE8Df634985cc39f", options.ExpectedContracts["RoundsManager"]);
        Assert.Equal("0x35Bcf3c30594191d53231E4FF333E8A770453e40", options.ExpectedContracts["BondingManager"]);
        Assert.Equal("0xC92d3A360b8f9e083bA64DE15d95Cf8180897431", options.ExpectedContracts["ServiceRegistry"]);
    }

    [Fact]
    public void Bad_options_list_every_problem()
    {
        var options = new LivepeerChainOptions
        {
            ChainId = 0,
            ControllerAddress = "0xd8e8328501e9645d16cf49539efc04f734606eE4",
            AiServiceRegistryAddress = "0x0000000000000000000000000000000000000000",
            ExpectedContracts = new() { ["Minter"] = "0x12" },
        };

        Assert.Equal(
            [
                "Network is required (a name such as arbitrum-one or devchain)",
                "ChainId must be positive (42161 for Arbitrum One, 1337 for the dev chain), got 0",
                "ControllerAddress: address has a bad EIP-55 checksum: '0xd8e8328501e9645d16cf49539efc04f734606eE4'",
                "AiServiceRegistryAddress must not be the zero address",
                "ExpectedContracts: unknown contract name 'Minter' (known: TicketBroker, RoundsManager, BondingManager, ServiceRegistry)",
                "ExpectedContracts[Minter]: address must be 40 hex digits, got 2: '0x12'",
                "Rpc: Url is required (the Ethereum JSON-RPC endpoint, e.g. http://127.0.0.1:8545)",
            ],
            options.Errors());
        Assert.Throws<ArgumentException>(() => new JsonRpcLivepeerChain(new HttpClient(), options));
    }

    private void ScriptPool(EthAddress[] pool, long reportedSize)
    {
        _node.Returns(BondingManager, LivepeerAbi.GetTranscoderPoolSize, reportedSize);
        _node.Returns(BondingManager, LivepeerAbi.GetFirstTranscoderInPool, pool.Length > 0 ? pool[0] : EthAddress.Zero);
        _node.On(BondingManager, LivepeerAbi.GetNextTranscoderInPool, args =>
        {
            int at = Array.IndexOf(pool, args[0].AsAddress());
            return LivepeerAbi.GetNextTranscoderInPool.EncodeOutput(at >= 0 && at + 1 < pool.Length ? pool[at + 1] : EthAddress.Zero);
        });
    }

    private JsonRpcLivepeerChain Chain(EthKey? signer = null) => new(new HttpClient(_node.Handler), Options(), signer);

    private static LivepeerChainOptions Options()
    {
        var options = LivepeerChainOptions.DevChain(Tests.JsonRpc.FakeJsonRpcHandler.Url, Controller);
        options.Network = "testnet";
        options.Transactions.ReceiptPollInterval = TimeSpan.FromMilliseconds(10);
        options.Transactions.ReceiptTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    // chain.md §2.9's ticket, signed by ganache account #0.
    private static WinningTicket Winner()
    {
        var rand = Hash32.FromUInt256(42);
        Span<byte> ab = stackalloc byte[32];
        ab.Fill(0xab);
        var ticket = new Ticket(
            Recipient, SenderKey.Address, 1_000_000_000_000_000, BigEndian.MaxUint256, 1, RecipientRand.HashOf(rand), 5, new Hash32(ab), 0, BigRational.One);
        return new WinningTicket(ticket, ticket.Sign(SenderKey), rand);
    }

    private static EthAddress Address(byte last)
    {
        var bytes = new byte[EthAddress.Length];
        bytes[0] = 0x10;
        bytes[^1] = last;
        return new EthAddress(bytes);
    }
}
