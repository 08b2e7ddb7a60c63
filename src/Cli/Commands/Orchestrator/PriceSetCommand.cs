using System.CommandLine;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>
/// `lpctl orchestrator price set &lt;address&gt; [--base P] [--auto-adjust true|false]
/// [--capability PIPELINE [--model ID] [--sender 0x…] --price P | --remove] [--sender 0x… --price P | --remove] [--json]`:
/// reads the price book, changes what the options name, and PUTs it back.
/// </summary>
public static class PriceSetCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var address = new Argument<string>("address") { Description = "the orchestrator's ETH address" };
        var basePrice = new Option<string?>("--base") { Description = "base price in wei per pixel: \"1.5\", \"3/2\" or an integer" };
        var autoAdjust = new Option<string?>("--auto-adjust") { Description = "raise prices by the redemption gas share of a winning ticket: true or false" };
        autoAdjust.AcceptOnlyFromAmong("true", "false");
        var capability = new Option<string?>("--capability") { Description = "price an AI pipeline (e.g. text-to-image, or a capability id) with --price, in wei per unit" };
        var model = new Option<string?>("--model") { Description = "with --capability: only this model (default: every model)" };
        var sender = new Option<string?>("--sender") { Description = "price for one gateway (ETH address); alone: its wei per pixel, with --capability: its price for that pipeline" };
        var price = new Option<string?>("--price") { Description = "the price for --capability / --sender" };
        var remove = new Option<bool>("--remove") { Description = "remove the --capability / --sender price instead of setting it" };
        var api = AdminConnection.ApiOption();
        var token = AdminConnection.TokenOption();
        var json = new Option<bool>("--json") { Description = "print the admin API's JSON instead of text" };
        var command = new Command("set", "Change an orchestrator's prices; prices not named stay as they are")
        {
            address, basePrice, autoAdjust, capability, model, sender, price, remove, api, token, json,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var edit = new PriceBookEdit(
                parseResult.GetValue(basePrice),
                parseResult.GetValue(autoAdjust) is { } adjust ? adjust == "true" : null,
                parseResult.GetValue(capability),
                parseResult.GetValue(model),
                parseResult.GetValue(sender),
                parseResult.GetValue(price),
                parseResult.GetValue(remove));
            if (edit.Problem() is { } problem)
            {
                error.WriteLine($"lpctl: {problem}");
                return Task.FromResult(LpctlApp.ExitBadInput);
            }
            return AdminCall.RunAsync(parseResult.GetValue(api), parseResult.GetValue(token), environment, error, async client =>
            {
                var path = PriceGetCommand.PricesPath(parseResult.GetValue(address)!);
                var current = await client.GetAsync(path, cancellationToken);
                if (!current.IsSuccess || current.Json is not { } book)
                {
                    return AdminCall.ReportFailure(current, error);
                }
                if (edit.Apply(book, out var editError) is not { } body)
                {
                    error.WriteLine($"lpctl: {editError}");
                    return LpctlApp.ExitBadInput;
                }
                var response = await client.PutJsonAsync(path, body, cancellationToken);
                if (!response.IsSuccess || response.Json is not { } stored)
                {
                    return AdminCall.ReportFailure(response, error);
                }
                if (parseResult.GetValue(json))
                {
                    output.WriteLine(response.Body);
                }
                else
                {
                    OrchestratorWriter.WritePriceBook(stored, output);
                }
                return LpctlApp.ExitOk;
            });
        });
        return command;
    }
}
