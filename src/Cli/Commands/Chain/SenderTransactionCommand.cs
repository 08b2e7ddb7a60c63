using System.CommandLine;
using System.Numerics;
using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Network;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>
/// The gateway's TicketBroker transactions: `lpctl deposit fund`, `lpctl unlock`, `lpctl cancel-unlock`, `lpctl withdraw`.
/// Each sends with the selected gateway key (simulated first, so a revert is reported with its reason before any gas
/// is paid), then prints the transaction and the account as it is afterwards. Exit 1 revert, 2 bad options, 3 unreachable.
/// </summary>
public static class SenderTransactionCommand
{
    /// <summary>`lpctl deposit` with its `fund` subcommand.</summary>
    public static Command CreateDeposit()
    {
        var common = new ChainCommandOptions(withAccountOverrides: false);
        var deposit = new Option<string>("--deposit") { Description = "wei to add to the deposit (1000, 2gwei, 1.5eth)", DefaultValueFactory = _ => "0" };
        var reserve = new Option<string>("--reserve") { Description = "wei to add to the reserve (1000, 2gwei, 1.5eth)", DefaultValueFactory = _ => "0" };
        var json = new Option<bool>("--json") { Description = "print JSON instead of text" };
        var fund = new Command("fund", "Add to the gateway's TicketBroker deposit and/or reserve (fundDepositAndReserve)") { deposit, reserve, json };
        common.AddTo(fund);
        fund.SetAction((parseResult, cancellationToken) =>
        {
            var problems = new List<string>();
            var depositWei = ParseAmount("--deposit", parseResult.GetValue(deposit)!, problems);
            var reserveWei = ParseAmount("--reserve", parseResult.GetValue(reserve)!, problems);
            if (problems.Count == 0 && depositWei.IsZero && reserveWei.IsZero)
            {
                problems.Add("--deposit and --reserve are both zero: give at least one amount to fund");
            }
            return RunAsync(parseResult, common, json, "fundDepositAndReserve", problems, (chain, ct) => chain.FundDepositAndReserveAsync(depositWei, reserveWei, ct), cancellationToken);
        });
        var command = new Command("deposit", "The gateway's TicketBroker deposit and reserve");
        command.Subcommands.Add(fund);
        return command;
    }

    public static Command CreateUnlock() =>
        Create("unlock", "Start the unlock period of the gateway's deposit and reserve (unlock)", "unlock", (chain, ct) => chain.UnlockAsync(ct));

    public static Command CreateCancelUnlock() =>
        Create("cancel-unlock", "Stop a running unlock of the gateway's deposit and reserve (cancelUnlock)", "cancelUnlock", (chain, ct) => chain.CancelUnlockAsync(ct));

    public static Command CreateWithdraw() =>
        Create("withdraw", "Pay out the gateway's deposit and reserve after the unlock period (withdraw)", "withdraw", (chain, ct) => chain.WithdrawAsync(ct));

    private static Command Create(string name, string description, string function, Func<JsonRpcLivepeerChain, CancellationToken, Task<TransactionReceipt>> send)
    {
        var common = new ChainCommandOptions(withAccountOverrides: false);
        var json = new Option<bool>("--json") { Description = "print JSON instead of text" };
        var command = new Command(name, description) { json };
        common.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, common, json, function, [], send, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(
        ParseResult parseResult,
        ChainCommandOptions common,
        Option<bool> json,
        string function,
        List<string> problems,
        Func<JsonRpcLivepeerChain, CancellationToken, Task<TransactionReceipt>> send,
        CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var output = parseResult.InvocationConfiguration.Output;
        var settings = common.Resolve(parseResult, needsKey: true, problems);
        if (settings is null || problems.Count > 0)
        {
            return Task.FromResult(ChainCommandRunner.BadOptions(problems, error));
        }
        bool asJson = parseResult.GetValue(json);
        return ChainCommandRunner.RunAsync(settings, function, error, async (chain, ct) =>
        {
            var receipt = await send(chain, ct).ConfigureAwait(false);
            var after = await SenderReport.ReadAsync(chain, settings.Gateway, ct).ConfigureAwait(false);
            if (asJson)
            {
                output.WriteLine(JsonText.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("network", settings.Network);
                    w.WriteString("function", function);
                    w.WriteString("transactionHash", receipt.TransactionHash.ToString());
                    w.WriteNumber("blockNumber", receipt.BlockNumber);
                    w.WriteNumber("gasUsed", receipt.GasUsed);
                    after.WriteJson(w, "gateway");
                    w.WriteEndObject();
                }));
            }
            else
            {
                output.WriteLine($"{function} sent from {settings.Gateway}");
                output.WriteLine($"transaction       {receipt.TransactionHash} (block {receipt.BlockNumber}, gas {receipt.GasUsed})");
                after.WriteText(output);
            }
            return LpctlApp.ExitOk;
        }, cancellationToken);
    }

    private static BigInteger ParseAmount(string option, string text, List<string> problems)
    {
        if (WeiAmount.TryParse(text, out var wei, out var problem))
        {
            return wei;
        }
        problems.Add($"{option}: {problem}");
        return BigInteger.Zero;
    }
}
