using System.CommandLine;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>`lpctl orchestrator …`: the orchestrators this cluster runs, through the gateway's admin API.</summary>
public static class OrchestratorCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var command = new Command("orchestrator", "List the cluster's orchestrators and read or change their prices (through the admin API)");
        command.Subcommands.Add(OrchestratorListCommand.Create(environment));
        var price = new Command("price", "Read or change an orchestrator's price book");
        price.Subcommands.Add(PriceGetCommand.Create(environment));
        price.Subcommands.Add(PriceSetCommand.Create(environment));
        command.Subcommands.Add(price);
        return command;
    }
}
