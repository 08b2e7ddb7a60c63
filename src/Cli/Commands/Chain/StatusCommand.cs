using System.CommandLine;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Network;
using Livepeer.Cli.Commands.Orchestrator;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>
/// `lpctl status`: the network, chain id, L1 block and round; the gateway's deposit and reserve; whether the
/// orchestrator is active and its winning tickets. Redeemed tickets are counted from the TicketBroker's
/// WinningTicketRedeemed logs (every redemption, whoever sent it); pending and failed ones come from the node's
/// redemption queue through the gateway API (--api, GET /admin/orchestrators/{address}/redemptions). When the node
/// does not answer, those are null and "pendingSource" says why; the chain's part of the status still prints.
/// </summary>
public static class StatusCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var common = new ChainCommandOptions(withAccountOverrides: true);
        var logsFrom = new Option<long>("--logs-from-block") { Description = "first block searched for WinningTicketRedeemed logs", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "print JSON instead of text" };
        var api = AdminConnection.ApiOption();
        var token = AdminConnection.TokenOption();
        var command = new Command("status", "Show the chain, round, gateway deposit/reserve and orchestrator state") { logsFrom, json, api, token };
        common.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var problems = new List<string>();
            var settings = common.Resolve(parseResult, needsKey: false, problems);
            long fromBlock = parseResult.GetValue(logsFrom);
            if (fromBlock < 0)
            {
                problems.Add($"--logs-from-block: must be 0 or more, got {fromBlock}");
            }
            var node = AdminConnection.Resolve(parseResult.GetValue(api), parseResult.GetValue(token), environment, out var apiProblem);
            if (node is null)
            {
                problems.Add(apiProblem!);
            }
            if (settings is null || problems.Count > 0)
            {
                return Task.FromResult(ChainCommandRunner.BadOptions(problems, error));
            }
            bool asJson = parseResult.GetValue(json);
            var output = parseResult.InvocationConfiguration.Output;
            return ChainCommandRunner.RunAsync(settings, "status", error, (chain, ct) => ReportAsync(chain, settings, node!, fromBlock, asJson, output, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ReportAsync(
        JsonRpcLivepeerChain chain, ChainSettings settings, AdminConnection node, long fromBlock, bool asJson, TextWriter output, CancellationToken cancellationToken)
    {
        var contracts = await chain.ConnectAsync(cancellationToken).ConfigureAwait(false);
        long l1Block = await chain.GetL1BlockNumberAsync(cancellationToken).ConfigureAwait(false);
        var round = await chain.GetRoundStateAsync(cancellationToken).ConfigureAwait(false);
        var gateway = await SenderReport.ReadAsync(chain, settings.Gateway, cancellationToken).ConfigureAwait(false);
        bool active = await chain.IsActiveTranscoderAsync(settings.Orchestrator, cancellationToken).ConfigureAwait(false);
        // A node may refuse a long log range (public Arbitrum endpoints limit it); the rest of the status still counts.
        int? redeemed = null;
        string redeemedSource = "chain-logs";
        try
        {
            redeemed = await CountRedeemedAsync(chain.Eth, contracts.TicketBroker, settings.Orchestrator, fromBlock, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonRpcException e)
        {
            redeemedSource = $"unavailable: eth_getLogs from block {fromBlock} refused ({e.Message}); try a later --logs-from-block";
        }
        var queue = await NodeRedemptions.ReadAsync(node, settings.Orchestrator, cancellationToken).ConfigureAwait(false);

        if (asJson)
        {
            output.WriteLine(JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("network", settings.Network);
                json.WriteNumber("chainId", chain.ChainId);
                json.WriteNumber("l1Block", l1Block);
                json.WriteNumber("round", round.CurrentRound);
                json.WriteBoolean("roundInitialized", round.CurrentRoundInitialized);
                json.WriteNumber("roundLength", round.RoundLength);
                json.WriteString("ticketBroker", contracts.TicketBroker.ToString());
                gateway.WriteJson(json, "gateway");
                json.WriteStartObject("orchestrator");
                json.WriteString("address", settings.Orchestrator.ToString());
                json.WriteBoolean("active", active);
                WriteCount(json, "pendingWinningTickets", queue.Pending);
                WriteCount(json, "failedWinningTickets", queue.Failed);
                if (queue.PendingFaceValue is { } pendingFaceValue)
                {
                    json.WriteString("pendingFaceValue", pendingFaceValue);
                }
                else
                {
                    json.WriteNull("pendingFaceValue");
                }
                json.WriteString("pendingSource", queue.Source);
                if (redeemed is { } count)
                {
                    json.WriteNumber("redeemedWinningTickets", count);
                }
                else
                {
                    json.WriteNull("redeemedWinningTickets");
                }
                json.WriteString("redeemedSource", redeemedSource);
                json.WriteEndObject();
                json.WriteEndObject();
            }));
        }
        else
        {
            output.WriteLine($"network           {settings.Network} (chain id {chain.ChainId}, {settings.ChainOptions.Rpc.Url})");
            output.WriteLine($"L1 block          {l1Block}");
            output.WriteLine($"round             {round.CurrentRound} ({(round.CurrentRoundInitialized ? "initialized" : "NOT initialized")}; {round.RoundLength} blocks per round)");
            gateway.WriteText(output);
            output.WriteLine($"orchestrator      {settings.Orchestrator}");
            output.WriteLine($"  active          {(active ? "yes" : "no")}");
            output.WriteLine(redeemed is { } count
                ? $"  winning tickets {count} redeemed on chain (since block {fromBlock})"
                : $"  winning tickets redeemed: {redeemedSource}");
            output.WriteLine(queue.Pending is { } pending
                ? $"  at the node     {pending} pending ({queue.PendingFaceValue} wei face value), {queue.Failed} failed for good ({queue.Source})"
                : $"  at the node     pending and failed: {queue.Source}");
        }
        return LpctlApp.ExitOk;
    }

    private static void WriteCount(System.Text.Json.Utf8JsonWriter json, string name, int? count)
    {
        if (count is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static async Task<int> CountRedeemedAsync(EthClient eth, EthAddress ticketBroker, EthAddress recipient, long fromBlock, CancellationToken cancellationToken)
    {
        var filter = new LogFilter
        {
            Addresses = [ticketBroker],
            Topics = [[LivepeerAbi.WinningTicketRedeemedEvent.Topic0], null, [LogFilter.AddressTopic(recipient)]],
            FromBlock = BlockTag.Number(fromBlock),
            ToBlock = BlockTag.Latest,
        };
        var logs = await eth.GetLogsAsync(filter, cancellationToken).ConfigureAwait(false);
        return logs.Count;
    }
}
