using System.CommandLine;
using Livepeer.Cli.Commands.ApiKey;
using Livepeer.Cli.Commands.Chain;
using Livepeer.Cli.Commands.DevChain;
using Livepeer.Cli.Commands.Orchestrator;
using Livepeer.Cli.Commands.Payment;

namespace Livepeer.Cli;

/// <summary>
/// The lpctl command tree. Exit codes: 0 success, 1 a check failed (e.g. a bad ticket signature),
/// 2 the input could not be used (bad arguments, undecodable header, a request the admin API refused as invalid),
/// 3 the admin API (or its cluster) could not be reached, 4 the admin API turned the caller away or failed otherwise.
/// </summary>
public static class LpctlApp
{
    public const int ExitOk = 0;
    public const int ExitCheckFailed = 1;
    public const int ExitBadInput = 2;
    public const int ExitApiUnreachable = 3;
    public const int ExitApiRefused = 4;

    /// <param name="environment">reads environment variables (LPCTL_API, LPCTL_ADMIN_TOKEN); the process's own by default</param>
    public static RootCommand CreateRootCommand(Func<string, string?>? environment = null)
    {
        var root = new RootCommand("lpctl: Livepeer.Orleans operator and debugging tool");
        var variables = environment ?? Environment.GetEnvironmentVariable;
        root.Subcommands.Add(PaymentCommand.Create());
        root.Subcommands.Add(DevChainCommand.Create());
        root.Subcommands.Add(OrchestratorCommand.Create(variables));
        root.Subcommands.Add(ApiKeyCommand.Create(variables));
        // Chain commands (gateway account on the TicketBroker, status).
        root.Subcommands.Add(StatusCommand.Create(variables));
        root.Subcommands.Add(SenderTransactionCommand.CreateDeposit());
        root.Subcommands.Add(SenderTransactionCommand.CreateUnlock());
        root.Subcommands.Add(SenderTransactionCommand.CreateCancelUnlock());
        root.Subcommands.Add(SenderTransactionCommand.CreateWithdraw());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers (tests pass StringWriters and their own environment).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parseResult = CreateRootCommand(environment).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // Usage errors share exit code 2 with undecodable input, keeping 1 for failed checks.
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"lpctl: {parseError.Message}");
            }
            error.WriteLine("Run 'lpctl --help' for usage.");
            return ExitBadInput;
        }
        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
