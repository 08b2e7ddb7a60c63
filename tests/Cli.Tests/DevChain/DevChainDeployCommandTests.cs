using System.Numerics;
using System.Text.Json;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Cli.Tests.Payment;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Ganache;

namespace Livepeer.Cli.Tests.DevChain;

// `lpctl devchain deploy` in process against a fresh ganache: the addresses JSON, a funded gateway, an active
// orchestrator with its URI, an initialized round; and a second run on the same chain.
public sealed class DevChainDeployCommandTests(GanacheFixture ganache) : IClassFixture<GanacheFixture>, IDisposable
{
    private readonly HttpClient _http = new();
    private readonly string _outDir = Directory.CreateTempSubdirectory("devchain-").FullName;

    private EthClient Eth => new(new JsonRpcClient(_http, new JsonRpcOptions { Url = ganache.Url }));

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_outDir, recursive: true);
    }

    private static Task<LpctlRun> RunAsync(params string[] args) => Task.Run(() => LpctlRun.Of(args));

    private async Task<byte[]> CallAsync(EthAddress to, byte[] data) => await Eth.CallAsync(new CallRequest(to, data), BlockTag.Latest);

    [Fact]
    public async Task Deploy_writes_the_addresses_and_leaves_a_funded_gateway_and_an_active_orchestrator()
    {
        var outFile = Path.Combine(_outDir, UniqueNames.Id("deploy") + ".json");

        var run = await RunAsync(
            "devchain", "deploy", "--rpc", ganache.Url.ToString(), "--round-length", "20",
            "--deposit", "3000000000000000000", "--reserve", "2000000000000000000", "--stake", "777",
            "--service-uri", "https://orchestrator.test:8935", "--out", outFile);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("TicketBroker      0x", run.Output, StringComparison.Ordinal);
        Assert.Contains($"wrote             {outFile}", run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(outFile));
        var root = json.RootElement;
        Assert.Equal(1337, root.GetProperty("chainId").GetInt64());
        var contracts = root.GetProperty("contracts");
        var controller = EthAddress.Parse(root.GetProperty("controller").GetString()!);
        Assert.Equal(controller, EthAddress.Parse(contracts.GetProperty("Controller").GetString()!));
        var addresses = contracts.EnumerateObject().Select(p => EthAddress.Parse(p.Value.GetString()!)).ToList();
        Assert.Equal(6, addresses.Distinct().Count());
        Assert.DoesNotContain(addresses, a => a.IsZero);
        Assert.Equal(GanacheAccounts.Addresses[0], root.GetProperty("deployer").GetString());
        Assert.Equal(GanacheAccounts.Addresses[1], root.GetProperty("gateway").GetString());
        Assert.Equal(GanacheAccounts.Addresses[2], root.GetProperty("orchestrator").GetString());
        Assert.Equal("3000000000000000000", root.GetProperty("deposit").GetString());
        Assert.Equal(20, root.GetProperty("roundLength").GetInt64());

        // What a node would see through the Controller.
        var ticketBroker = LivepeerAbi.DecodeGetContract(await CallAsync(controller, LivepeerAbi.EncodeGetContract("TicketBroker")));
        Assert.Equal(EthAddress.Parse(contracts.GetProperty("TicketBroker").GetString()!), ticketBroker);
        var roundsManager = LivepeerAbi.DecodeGetContract(await CallAsync(controller, LivepeerAbi.EncodeGetContract("RoundsManager")));
        var bondingManager = LivepeerAbi.DecodeGetContract(await CallAsync(controller, LivepeerAbi.EncodeGetContract("BondingManager")));
        var serviceRegistry = LivepeerAbi.DecodeGetContract(await CallAsync(controller, LivepeerAbi.EncodeGetContract("ServiceRegistry")));
        var gateway = EthAddress.Parse(GanacheAccounts.Addresses[1]);
        var orchestrator = EthAddress.Parse(GanacheAccounts.Addresses[2]);

        var info = LivepeerAbi.DecodeSenderInfo(await CallAsync(ticketBroker, LivepeerAbi.EncodeGetSenderInfo(gateway)));
        Assert.Equal(BigInteger.Parse("3000000000000000000"), info.Deposit);
        Assert.Equal(BigInteger.Parse("2000000000000000000"), info.Reserve.FundsRemaining);
        Assert.True(LivepeerAbi.DecodeCurrentRoundInitialized(await CallAsync(roundsManager, LivepeerAbi.EncodeCurrentRoundInitialized())));
        Assert.Equal(root.GetProperty("currentRound").GetInt64(), LivepeerAbi.DecodeCurrentRound(await CallAsync(roundsManager, LivepeerAbi.EncodeCurrentRound())));
        Assert.True(LivepeerAbi.DecodeIsActiveTranscoder(await CallAsync(bondingManager, LivepeerAbi.EncodeIsActiveTranscoder(orchestrator))));
        Assert.Equal(new BigInteger(777), LivepeerAbi.DecodeTranscoderTotalStake(await CallAsync(bondingManager, LivepeerAbi.EncodeTranscoderTotalStake(orchestrator))));
        Assert.Equal("https://orchestrator.test:8935", LivepeerAbi.DecodeServiceUri(await CallAsync(serviceRegistry, LivepeerAbi.EncodeGetServiceUri(orchestrator))));
    }

    [Fact]
    public async Task A_second_run_on_the_same_chain_deploys_fresh_contracts_and_json_goes_to_stdout()
    {
        var first = await RunAsync("devchain", "deploy", "--rpc", ganache.Url.ToString(), "--json");
        var second = await RunAsync("devchain", "deploy", "--rpc", ganache.Url.ToString(), "--json", "--deposit", "0", "--reserve", "5");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        using var a = JsonDocument.Parse(first.Output);
        using var b = JsonDocument.Parse(second.Output);
        Assert.NotEqual(a.RootElement.GetProperty("controller").GetString(), b.RootElement.GetProperty("controller").GetString());
        var broker = EthAddress.Parse(b.RootElement.GetProperty("contracts").GetProperty("TicketBroker").GetString()!);
        var info = LivepeerAbi.DecodeSenderInfo(await CallAsync(broker, LivepeerAbi.EncodeGetSenderInfo(EthAddress.Parse(GanacheAccounts.Addresses[1]))));
        Assert.Equal(BigInteger.Zero, info.Deposit);
        Assert.Equal(new BigInteger(5), info.Reserve.FundsRemaining);
        Assert.Equal(100, b.RootElement.GetProperty("roundLength").GetInt64());
    }

    [Fact]
    public async Task Bad_options_are_all_reported_with_exit_code_2()
    {
        var run = await RunAsync("devchain", "deploy", "--deposit", "1.5", "--stake", "0", "--round-length", "0", "--gateway-key", "0x12", "--service-uri", "not a uri");

        Assert.Equal(LpctlApp.ExitBadInput, run.ExitCode);
        Assert.Contains("--deposit: '1.5' is not a whole number of wei", run.Error, StringComparison.Ordinal);
        Assert.Contains("--stake: must be more than zero wei, got 0", run.Error, StringComparison.Ordinal);
        Assert.Contains("--round-length: must be at least 1 block, got 0", run.Error, StringComparison.Ordinal);
        Assert.Contains("--gateway-key: expected a private key of 64 hex digits", run.Error, StringComparison.Ordinal);
        Assert.Contains("--service-uri: 'not a uri' is not an absolute URI", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task An_unreachable_chain_fails_with_exit_code_1_and_names_the_endpoint()
    {
        var run = await RunAsync("devchain", "deploy", "--rpc", "http://127.0.0.1:1/");

        Assert.Equal(LpctlApp.ExitCheckFailed, run.ExitCode);
        Assert.Contains("lpctl: devchain deploy failed: read the chain id from http://127.0.0.1:1/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unfunded_gateway_key_is_refused_before_anything_is_deployed()
    {
        var before = await Eth.GetTransactionCountAsync(EthAddress.Parse(GanacheAccounts.Addresses[0]), BlockTag.Latest);

        var run = await RunAsync("devchain", "deploy", "--rpc", ganache.Url.ToString(), "--gateway-key", "0x" + new string('1', 64));

        Assert.Equal(LpctlApp.ExitCheckFailed, run.ExitCode);
        Assert.Contains("holds 0 wei, not enough to fund 20000000000000000000 wei plus gas", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await Eth.GetTransactionCountAsync(EthAddress.Parse(GanacheAccounts.Addresses[0]), BlockTag.Latest));
    }
}
