using System.CommandLine;

namespace Livepeer.Cli.Commands.DevChain;

/// <summary>`lpctl devchain …`: the local development chain (ganache plus our contract test doubles).</summary>
public static class DevChainCommand
{
    public static Command Create()
    {
        var command = new Command("devchain", "Set up a local development chain (ganache) with the Livepeer contract test doubles");
        command.Subcommands.Add(DevChainDeployCommand.Create());
        return command;
    }
}
