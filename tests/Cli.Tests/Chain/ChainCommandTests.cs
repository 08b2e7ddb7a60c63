using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Keystore;
using Livepeer.Chain.Network;
using Livepeer.Cli.Commands.Chain;
using Livepeer.Cli.Tests.Payment;
using Livepeer.DevChain.Accounts;
using Livepeer.DevChain.Deployment;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Cli.Tests.Chain;

// lpctl status / deposit fund / unlock / cancel-unlock / withdraw in process against ganache, each test on its own
// fresh deployment of the contract doubles (the gateway is ganache account #1, the orchestrator account #2).
public sealed class ChainCommandTests(GanacheFixture ganache) : IClassFixture<GanacheFixture>, IDisposable
{
    private const long RoundLength = 50;
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);
    private static readonly EthAddress Gateway = EthAddress.Parse(GanacheAccounts.Addresses[1]);
    private readonly HttpClient _http = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("chaincli-").FullName;

    private EthClient Eth => new(new JsonRpcClient(_http, new JsonRpcOptions { Url = ganache.Url }));

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>
    /// Deploys fresh doubles, then starts and initializes a new round so each test has a whole round (50 blocks) before
    /// the round changes under it, whatever the block count the earlier tests on this ganache left.
    /// </summary>
    private async Task<(DevChainDeployment Deployment, string File)> DeployAsync()
    {
        var deployed = await DevChainDeployer.DeployAsync(new DevChainDeployOptions { RpcUrl = ganache.Url, RoundLength = RoundLength });
        var deployer = await JsonRpcLivepeerChain.ConnectAsync(_http, LivepeerChainOptions.DevChain(ganache.Url, deployed.Controller), DevChainAccounts.Key(0));
        var state = await deployer.GetRoundStateAsync();
        var latest = await Eth.BlockNumberAsync();
        await MineAsync(state.CurrentRoundStartBlock + RoundLength - latest);
        await deployer.InitializeRoundAsync();
        var deployment = deployed with { CurrentRound = (await deployer.GetRoundStateAsync()).CurrentRound };
        var file = Path.Combine(_dir, UniqueNames.Id("deployment") + ".json");
        await File.WriteAllTextAsync(file, deployment.ToJson());
        return (deployment, file);
    }

    private async Task MineAsync(long blocks)
    {
        if (blocks > 0)
        {
            await Eth.Rpc.CallAsync("evm_mine", [new JsonObject { ["blocks"] = blocks }]);
        }
    }

    private Task<LpctlRun> RunAsync(string deploymentFile, params string[] args) =>
        Task.Run(() => LpctlRun.Of([.. args, "--rpc", ganache.Url.ToString(), "--deployment", deploymentFile]));

    private static JsonElement Json(LpctlRun run)
    {
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }

    private static BigInteger Wei(JsonElement element, string property) => BigInteger.Parse(element.GetProperty(property).GetString()!);

    private async Task<Livepeer.Protocol.Payments.SenderInfo> SenderInfoAsync(DevChainDeployment d) =>
        LivepeerAbi.DecodeSenderInfo(await Eth.CallAsync(new CallRequest(d.TicketBroker, LivepeerAbi.EncodeGetSenderInfo(Gateway)), BlockTag.Latest));

    [Fact]
    public async Task Status_json_reports_the_deployed_funds_the_active_orchestrator_and_the_initialized_round()
    {
        var (d, file) = await DeployAsync();

        // No gateway API listens there: the node's half of the status is unavailable, the chain's half still prints.
        var noApi = $"http://127.0.0.1:{LoopbackPorts.Unused()}";
        var status = Json(await RunAsync(file, "status", "--json", "--api", noApi));

        Assert.Equal("dev", status.GetProperty("network").GetString());
        Assert.Equal(1337, status.GetProperty("chainId").GetInt64());
        Assert.True(status.GetProperty("l1Block").GetInt64() > 0);
        Assert.Equal(d.CurrentRound, status.GetProperty("round").GetInt64());
        Assert.True(status.GetProperty("roundInitialized").GetBoolean());
        var gateway = status.GetProperty("gateway");
        Assert.Equal(GanacheAccounts.Addresses[1], gateway.GetProperty("address").GetString());
        Assert.Equal(d.Deposit, Wei(gateway, "deposit"));
        Assert.Equal(d.Reserve, Wei(gateway, "reserve"));
        Assert.False(gateway.GetProperty("unlockInProgress").GetBoolean());
        var orchestrator = status.GetProperty("orchestrator");
        Assert.Equal(GanacheAccounts.Addresses[2], orchestrator.GetProperty("address").GetString());
        Assert.True(orchestrator.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, orchestrator.GetProperty("pendingWinningTickets").ValueKind);
        Assert.Equal(JsonValueKind.Null, orchestrator.GetProperty("failedWinningTickets").ValueKind);
        Assert.StartsWith($"unavailable: cannot reach the admin API at {noApi}/", orchestrator.GetProperty("pendingSource").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, orchestrator.GetProperty("redeemedWinningTickets").GetInt32());
        Assert.Equal("chain-logs", orchestrator.GetProperty("redeemedSource").GetString());
    }

    [Fact]
    public async Task Status_takes_pending_and_failed_winners_from_the_nodes_redemption_queue()
    {
        var (_, file) = await DeployAsync();
        var node = new AdminNode();
        await node.InitializeAsync();
        try
        {
            var json = Json(await RunAsync(file, "status", "--json", "--api", node.OpenApi, "--orchestrator", node.NodeOrchestrator.ToString()));
            var text = await RunAsync(file, "status", "--api", node.OpenApi, "--orchestrator", node.NodeOrchestrator.ToString());
            var unknown = Json(await RunAsync(file, "status", "--json", "--api", node.OpenApi));

            var orchestrator = json.GetProperty("orchestrator");
            Assert.Equal(0, orchestrator.GetProperty("pendingWinningTickets").GetInt32());
            Assert.Equal(0, orchestrator.GetProperty("failedWinningTickets").GetInt32());
            Assert.Equal("0", orchestrator.GetProperty("pendingFaceValue").GetString());
            Assert.Equal($"node {node.OpenApi}", orchestrator.GetProperty("pendingSource").GetString());
            Assert.Contains($"  at the node     0 pending (0 wei face value), 0 failed for good (node {node.OpenApi})", text.Output, StringComparison.Ordinal);
            // The deployment's orchestrator does not run in that cluster: the API says so, and status passes it on.
            var other = unknown.GetProperty("orchestrator");
            Assert.Equal(JsonValueKind.Null, other.GetProperty("pendingWinningTickets").ValueKind);
            Assert.Contains("answered HTTP 404", other.GetProperty("pendingSource").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await node.DisposeAsync();
        }
    }

    [Fact]
    public async Task Status_text_says_the_same_and_an_inactive_address_reads_as_not_active()
    {
        var (d, file) = await DeployAsync();

        var text = await RunAsync(file, "status");
        var other = Json(await RunAsync(file, "status", "--json", "--orchestrator", GanacheAccounts.Addresses[3], "--gateway", GanacheAccounts.Addresses[3]));

        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains($"round             {d.CurrentRound} (initialized; {RoundLength} blocks per round)", text.Output, StringComparison.Ordinal);
        Assert.Contains("  deposit         10000000000000000000 wei (10 ETH)", text.Output, StringComparison.Ordinal);
        Assert.Contains($"orchestrator      {GanacheAccounts.Addresses[2]}", text.Output, StringComparison.Ordinal);
        Assert.Contains("  active          yes", text.Output, StringComparison.Ordinal);
        Assert.False(other.GetProperty("orchestrator").GetProperty("active").GetBoolean());
        Assert.Equal(BigInteger.Zero, Wei(other.GetProperty("gateway"), "deposit"));
    }

    [Fact]
    public async Task Status_counts_the_winning_tickets_redeemed_for_the_orchestrator()
    {
        var (d, file) = await DeployAsync();
        var orchestrator = await JsonRpcLivepeerChain.ConnectAsync(_http, LivepeerChainOptions.DevChain(ganache.Url, d.Controller), DevChainAccounts.Key(2));
        var round = await orchestrator.GetRoundStateAsync();
        var gatewayKey = DevChainAccounts.Key(1);
        for (uint nonce = 1; nonce <= 2; nonce++)
        {
            var rand = Hash32.Keccak(BitConverter.GetBytes(Random.Shared.NextInt64()));
            var ticket = new Ticket(
                d.Orchestrator, gatewayKey.Address, Ether / 1000, BigEndian.MaxUint256, nonce, RecipientRand.HashOf(rand),
                round.LastInitializedRound, round.LastInitializedRoundBlockHash, ParamsExpirationBlock: 0, BigRational.Zero);
            await orchestrator.RedeemWinningTicketAsync(new WinningTicket(ticket, ticket.Sign(gatewayKey), rand));
        }

        var status = Json(await RunAsync(file, "status", "--json"));

        Assert.Equal(2, status.GetProperty("orchestrator").GetProperty("redeemedWinningTickets").GetInt32());
        Assert.Equal(d.Deposit - Ether / 500, Wei(status.GetProperty("gateway"), "deposit"));
    }

    [Fact]
    public async Task Deposit_fund_adds_exactly_the_amounts_given()
    {
        var (d, file) = await DeployAsync();

        var funded = Json(await RunAsync(file, "deposit", "fund", "--deposit", "1.5eth", "--reserve", "2000", "--json"));

        Assert.Equal("fundDepositAndReserve", funded.GetProperty("function").GetString());
        Assert.StartsWith("0x", funded.GetProperty("transactionHash").GetString(), StringComparison.Ordinal);
        Assert.Equal(d.Deposit + Ether * 3 / 2, Wei(funded.GetProperty("gateway"), "deposit"));
        Assert.Equal(d.Reserve + 2000, Wei(funded.GetProperty("gateway"), "reserve"));
        var info = await SenderInfoAsync(d);
        Assert.Equal(d.Deposit + Ether * 3 / 2, info.Deposit);
        Assert.Equal(d.Reserve + 2000, info.Reserve.FundsRemaining);
    }

    [Fact]
    public async Task Unlock_waits_out_the_unlock_period_then_withdraw_pays_everything_out()
    {
        var (d, file) = await DeployAsync();

        var unlocked = Json(await RunAsync(file, "unlock", "--json"));
        Assert.True(unlocked.GetProperty("gateway").GetProperty("unlockInProgress").GetBoolean());
        Assert.Equal(d.CurrentRound + 2, unlocked.GetProperty("gateway").GetProperty("withdrawRound").GetInt64());

        var early = await RunAsync(file, "withdraw");
        Assert.Equal(LpctlApp.ExitCheckFailed, early.ExitCode);
        Assert.Contains("lpctl: withdraw reverted: account is locked", early.Error, StringComparison.Ordinal);

        await MineAsync(2 * RoundLength);
        var balanceBefore = await Eth.GetBalanceAsync(Gateway, BlockTag.Latest);

        var withdrawn = await RunAsync(file, "withdraw");

        Assert.True(withdrawn.ExitCode == 0, withdrawn.Error);
        Assert.Contains("withdraw sent from " + GanacheAccounts.Addresses[1], withdrawn.Output, StringComparison.Ordinal);
        Assert.Contains("  deposit         0 wei (0 ETH)", withdrawn.Output, StringComparison.Ordinal);
        var info = await SenderInfoAsync(d);
        Assert.Equal(BigInteger.Zero, info.Deposit);
        Assert.Equal(BigInteger.Zero, info.Reserve.FundsRemaining);
        Assert.True(await Eth.GetBalanceAsync(Gateway, BlockTag.Latest) > balanceBefore + d.Deposit + d.Reserve - Ether / 100);
    }

    [Fact]
    public async Task Cancel_unlock_ends_a_running_unlock()
    {
        var (_, file) = await DeployAsync();
        Json(await RunAsync(file, "unlock", "--json"));

        var cancelled = Json(await RunAsync(file, "cancel-unlock", "--json"));

        Assert.Equal("cancelUnlock", cancelled.GetProperty("function").GetString());
        Assert.False(cancelled.GetProperty("gateway").GetProperty("unlockInProgress").GetBoolean());
        Assert.Equal(0, cancelled.GetProperty("gateway").GetProperty("withdrawRound").GetInt64());
    }

    [Fact]
    public async Task Withdraw_and_cancel_unlock_without_an_unlock_show_the_revert_reason_with_exit_code_1()
    {
        var (d, file) = await DeployAsync();
        var nonceBefore = await Eth.GetTransactionCountAsync(Gateway, BlockTag.Latest);

        var withdraw = await RunAsync(file, "withdraw");
        var cancel = await RunAsync(file, "cancel-unlock", "--json");

        Assert.Equal(LpctlApp.ExitCheckFailed, withdraw.ExitCode);
        Assert.Contains("lpctl: withdraw reverted: no unlock request in progress", withdraw.Error, StringComparison.Ordinal);
        Assert.Equal(LpctlApp.ExitCheckFailed, cancel.ExitCode);
        Assert.Contains("lpctl: cancelUnlock reverted: no unlock request in progress", cancel.Error, StringComparison.Ordinal);
        Assert.Equal("", cancel.Output);
        // Simulated first: nothing was sent, nothing paid.
        Assert.Equal(nonceBefore, await Eth.GetTransactionCountAsync(Gateway, BlockTag.Latest));
        Assert.Equal(d.Deposit, (await SenderInfoAsync(d)).Deposit);
    }

    [Fact]
    public async Task A_keystore_key_sends_the_transaction()
    {
        var (d, file) = await DeployAsync();
        var keystore = Path.Combine(_dir, "gateway.json");
        var passwordFile = Path.Combine(_dir, "password.txt");
        var key = Convert.FromHexString(DevChainAccounts.GatewayKeyHex[2..]);
        await File.WriteAllTextAsync(keystore, Web3Keystore.Encrypt(key, "s3cret", KeystoreScryptOptions.Light));
        await File.WriteAllTextAsync(passwordFile, "s3cret\n");

        var funded = Json(await RunAsync(file, "deposit", "fund", "--deposit", "7wei", "--keystore", keystore, "--password-file", passwordFile, "--json"));
        var wrong = await RunAsync(file, "deposit", "fund", "--deposit", "7", "--keystore", keystore, "--password-file", file);

        Assert.Equal(GanacheAccounts.Addresses[1], funded.GetProperty("gateway").GetProperty("address").GetString());
        Assert.Equal(d.Deposit + 7, Wei(funded.GetProperty("gateway"), "deposit"));
        Assert.Equal(LpctlApp.ExitBadInput, wrong.ExitCode);
        Assert.Contains($"--keystore {keystore}: {KeystoreException.WrongPassword}", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_rpc_endpoint_exits_with_code_3()
    {
        var run = await Task.Run(() => LpctlRun.Of("status", "--rpc", "http://127.0.0.1:1/", "--controller", GanacheAccounts.Addresses[5]));
        var send = await Task.Run(() => LpctlRun.Of("withdraw", "--rpc", "http://127.0.0.1:1/", "--controller", GanacheAccounts.Addresses[5]));

        Assert.Equal(ChainExitCodes.Unreachable, run.ExitCode);
        Assert.Contains("lpctl: status: the chain at http://127.0.0.1:1/ is unreachable", run.Error, StringComparison.Ordinal);
        Assert.Equal(ChainExitCodes.Unreachable, send.ExitCode);
    }

    [Fact]
    public async Task Bad_options_exit_with_code_2_and_say_what_is_wrong()
    {
        var missing = Path.Combine(_dir, "missing.json");

        var amount = await Task.Run(() => LpctlRun.Of("deposit", "fund", "--deposit", "1.2.3", "--reserve", "0.5wei", "--controller", GanacheAccounts.Addresses[5]));
        var zero = await Task.Run(() => LpctlRun.Of("deposit", "fund", "--controller", GanacheAccounts.Addresses[5]));
        var network = await Task.Run(() => LpctlRun.Of("status", "--network", "mainnet"));
        var devKeyOnMainnet = await Task.Run(() => LpctlRun.Of("withdraw", "--network", "arbitrum-one", "--key", DevChainAccounts.GatewayKeyHex));
        var noDeployment = await Task.Run(() => LpctlRun.Of("status", "--deployment", missing));
        var badKey = await Task.Run(() => LpctlRun.Of("unlock", "--controller", GanacheAccounts.Addresses[5], "--key", "0x12"));

        Assert.Equal(LpctlApp.ExitBadInput, amount.ExitCode);
        Assert.Contains("--deposit: '1.2.3' is not an amount", amount.Error, StringComparison.Ordinal);
        Assert.Contains("--reserve: '0.5wei' is not a whole number of wei", amount.Error, StringComparison.Ordinal);
        Assert.Equal(LpctlApp.ExitBadInput, zero.ExitCode);
        Assert.Contains("--deposit and --reserve are both zero", zero.Error, StringComparison.Ordinal);
        Assert.Equal(LpctlApp.ExitBadInput, network.ExitCode);
        Assert.Contains("mainnet", network.Error, StringComparison.Ordinal);
        Assert.Equal(LpctlApp.ExitBadInput, devKeyOnMainnet.ExitCode);
        Assert.Contains("--key is for the dev network only", devKeyOnMainnet.Error, StringComparison.Ordinal);
        Assert.Equal(LpctlApp.ExitBadInput, noDeployment.ExitCode);
        Assert.Contains($"--deployment: the dev chain deployment file {missing} cannot be read", noDeployment.Error, StringComparison.Ordinal);
        Assert.Equal(LpctlApp.ExitBadInput, badKey.ExitCode);
        Assert.Contains("--key: expected a private key of 64 hex digits", badKey.Error, StringComparison.Ordinal);
        Assert.All([amount, zero, network, devKeyOnMainnet, noDeployment, badKey], run => Assert.Equal("", run.Output));
    }
}
