using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Livepeer.DevChain.Deployment;

namespace Livepeer.Cli.Commands.DevChain;

/// <summary>
/// `lpctl devchain deploy`: deploys the five contract doubles, registers them in the Controller double,
/// initializes the current round, funds the gateway's deposit and reserve, registers and activates the
/// orchestrator with stake and publishes its service URI; prints (and with --out writes) the addresses.
/// Every run deploys fresh contracts, so it works on a fresh ganache and again on the same one.
/// Exit 0 on success, 1 when the chain refused or could not be reached, 2 for bad options.
/// </summary>
public static class DevChainDeployCommand
{
    public static Command Create()
    {
        var defaults = new DevChainDeployOptions();
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC endpoint of the chain", DefaultValueFactory = _ => defaults.RpcUrl.ToString() };
        var deployerKey = new Option<string>("--deployer-key") { Description = "private key (hex) that deploys and owns the doubles; default: ganache deterministic account #0", DefaultValueFactory = _ => defaults.DeployerKey };
        var gatewayKey = new Option<string>("--gateway-key") { Description = "private key (hex) of the gateway (ticket sender); default: ganache deterministic account #1", DefaultValueFactory = _ => defaults.GatewayKey };
        var orchestratorKey = new Option<string>("--orchestrator-key") { Description = "private key (hex) of the orchestrator (ticket recipient); default: ganache deterministic account #2", DefaultValueFactory = _ => defaults.OrchestratorKey };
        var deposit = new Option<string>("--deposit") { Description = "gateway TicketBroker deposit in wei", DefaultValueFactory = _ => Wei(defaults.Deposit) };
        var reserve = new Option<string>("--reserve") { Description = "gateway TicketBroker reserve in wei", DefaultValueFactory = _ => Wei(defaults.Reserve) };
        var stake = new Option<string>("--stake") { Description = "orchestrator stake in the BondingManager double", DefaultValueFactory = _ => Wei(defaults.Stake) };
        var serviceUri = new Option<string>("--service-uri") { Description = "service URI the orchestrator publishes", DefaultValueFactory = _ => defaults.ServiceUri };
        var roundLength = new Option<long>("--round-length") { Description = "blocks per round", DefaultValueFactory = _ => defaults.RoundLength };
        var unlockPeriod = new Option<long>("--unlock-period") { Description = "TicketBroker unlock period in rounds", DefaultValueFactory = _ => defaults.UnlockPeriod };
        var validityPeriod = new Option<long>("--ticket-validity-period") { Description = "TicketBroker ticket validity period in rounds", DefaultValueFactory = _ => defaults.TicketValidityPeriod };
        var outFile = new Option<string?>("--out") { Description = "also write the deployment (addresses, accounts, parameters) as JSON to this file" };
        var json = new Option<bool>("--json") { Description = "print the deployment as JSON instead of text" };

        var command = new Command("deploy", "Deploy the Livepeer contract doubles to a dev chain and fund a gateway and an orchestrator")
        {
            rpc, deployerKey, gatewayKey, orchestratorKey, deposit, reserve, stake, serviceUri, roundLength, unlockPeriod, validityPeriod, outFile, json,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var problems = new List<string>();
            var options = new DevChainDeployOptions
            {
                RpcUrl = ParseUri(parseResult.GetValue(rpc)!, problems),
                DeployerKey = parseResult.GetValue(deployerKey)!,
                GatewayKey = parseResult.GetValue(gatewayKey)!,
                OrchestratorKey = parseResult.GetValue(orchestratorKey)!,
                Deposit = ParseWei("deposit", parseResult.GetValue(deposit)!, problems),
                Reserve = ParseWei("reserve", parseResult.GetValue(reserve)!, problems),
                Stake = ParseWei("stake", parseResult.GetValue(stake)!, problems),
                ServiceUri = parseResult.GetValue(serviceUri)!,
                RoundLength = parseResult.GetValue(roundLength),
                UnlockPeriod = parseResult.GetValue(unlockPeriod),
                TicketValidityPeriod = parseResult.GetValue(validityPeriod),
            };
            return ExecuteAsync(options, problems, parseResult.GetValue(outFile), parseResult.GetValue(json), output, error, cancellationToken);
        });
        return command;
    }

    /// <summary>The command's entry: validates, deploys, reports; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(
        DevChainDeployOptions options,
        IReadOnlyList<string> parseProblems,
        string? outFile,
        bool json,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parseProblems);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var problems = parseProblems.Concat(options.Validate()).Distinct().ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"lpctl: --{problem}");
            }
            return LpctlApp.ExitBadInput;
        }

        DevChainDeployment deployment;
        try
        {
            if (!json)
            {
                output.WriteLine($"deploying the Livepeer contract doubles to {options.RpcUrl}");
            }
            deployment = await DevChainDeployer.DeployAsync(options, json ? null : new WriterProgress(output), cancellationToken).ConfigureAwait(false);
        }
        catch (DevChainDeployException e)
        {
            error.WriteLine($"lpctl: devchain deploy failed: {e.Message}");
            return LpctlApp.ExitCheckFailed;
        }

        var document = deployment.ToJson();
        if (outFile is not null)
        {
            try
            {
                var full = Path.GetFullPath(outFile);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, document + Environment.NewLine, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"lpctl: deployed, but could not write --out {outFile}: {e.Message}");
                output.WriteLine(document);
                return LpctlApp.ExitCheckFailed;
            }
        }
        if (json)
        {
            output.WriteLine(document);
        }
        else
        {
            WriteText(deployment, outFile, output);
        }
        return LpctlApp.ExitOk;
    }

    private static void WriteText(DevChainDeployment d, string? outFile, TextWriter output)
    {
        output.WriteLine($"chain id          {d.ChainId}");
        output.WriteLine($"Controller        {d.Controller}");
        output.WriteLine($"RoundsManager     {d.RoundsManager}");
        output.WriteLine($"BondingManager    {d.BondingManager}");
        output.WriteLine($"TicketBroker      {d.TicketBroker}");
        output.WriteLine($"ServiceRegistry   {d.ServiceRegistry}");
        output.WriteLine($"AIServiceRegistry {d.AIServiceRegistry}");
        output.WriteLine($"deployer          {d.Deployer}");
        output.WriteLine($"gateway           {d.Gateway} (deposit {Wei(d.Deposit)} wei, reserve {Wei(d.Reserve)} wei)");
        output.WriteLine($"orchestrator      {d.Orchestrator} (stake {Wei(d.Stake)}, active, service URI {d.ServiceUri})");
        output.WriteLine($"current round     {d.CurrentRound} (initialized; {d.RoundLength} blocks per round)");
        if (outFile is not null)
        {
            output.WriteLine($"wrote             {Path.GetFullPath(outFile)}");
        }
    }

    private static string Wei(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    private static Uri ParseUri(string text, List<string> problems)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return uri;
        }
        problems.Add($"rpc: '{text}' is not an absolute URL");
        return new DevChainDeployOptions().RpcUrl;
    }

    private static BigInteger ParseWei(string name, string text, List<string> problems)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        problems.Add($"{name}: '{text}' is not a whole number of wei (decimal digits only)");
        return BigInteger.Zero;
    }

    /// <summary>Writes deployment steps as they happen (Progress&lt;T&gt; would post them out of order).</summary>
    private sealed class WriterProgress(TextWriter output) : IProgress<string>
    {
        public void Report(string value) => output.WriteLine($"  {value}");
    }
}
