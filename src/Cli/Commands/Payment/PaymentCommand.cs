using System.CommandLine;

namespace Livepeer.Cli.Commands.Payment;

/// <summary>`lpctl payment …`: tools for Livepeer-Payment headers.</summary>
public static class PaymentCommand
{
    public static Command Create()
    {
        var command = new Command("payment", "Work with Livepeer-Payment headers (base64 protobuf net.Payment)");
        command.Subcommands.Add(PaymentInspectCommand.Create());
        return command;
    }
}
