using System.CommandLine;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Network;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>
/// `lpctl status`: the network, chain id, L1 block and round; the gateway's deposit and reserve; whether the
/// orchestrator is active and how many winning tickets name it as recipient. Redeemed tickets are counted from
/// the TicketBroker's WinningTicketRedeemed logs: the gateway API has no route for a node's ticket queue yet, so
/// pending tickets are reported as 0 with "pendingSource":"unavailable".
/// </summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var common = new ChainCommandOptions(withAccountOverrides: true);
        var logsFrom = new Option<long>("--logs-from-block") { Description = "first block searched for WinningTicketRedeemed logs", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "print JSON instead of text" };
        var command = new Command("status", "Show the chain, round, gateway deposit/reserve and orchestrator state") { logsFrom, json };
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
            if (settings is null || problems.Count > 0)
            {
                return Task.FromResult(ChainCommandRunner.BadOptions(problems, error));
            }
            bool asJson = parseResult.GetValue(json);
            var output = parseResult.InvocationConfiguration.Output;
            return ChainCommandRunner.RunAsync(settings, "status", error, (chain, ct) => ReportAsync(chain, settings, fromBlock, asJson, output, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ReportAsync(JsonRpcLivepeerChain chain, ChainSettings settings, long fromBlock, bool asJson, TextWriter output, CancellationToken cancellationToken)
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
                json.WriteNumber("pendingWinningTickets", 0);
                json.WriteString("pendingSource", "unavailable");
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
                ? $"  winning tickets {count} redeemed on chain (since block {fromBlock}); pending: unavailable (no node API route for it yet)"
                : $"  winning tickets redeemed: {redeemedSource}; pending: unavailable (no node API route for it yet)");
        }
        return LpctlApp.ExitOk;
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
