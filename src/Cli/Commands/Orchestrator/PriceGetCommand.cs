using System.CommandLine;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>`lpctl orchestrator price get &lt;address&gt; [--json]`: GET /admin/orchestrators/{address}/prices.</summary>
public static class PriceGetCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var address = new Argument<string>("address") { Description = "the orchestrator's ETH address" };
        var api = AdminConnection.ApiOption();
        var token = AdminConnection.TokenOption();
        var json = new Option<bool>("--json") { Description = "print the admin API's JSON instead of text" };
        var command = new Command("get", "Show an orchestrator's price book") { address, api, token, json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            return AdminCall.RunAsync(parseResult.GetValue(api), parseResult.GetValue(token), environment, error, async client =>
            {
                var response = await client.GetAsync(PricesPath(parseResult.GetValue(address)!), cancellationToken);
                if (!response.IsSuccess || response.Json is not { } body)
                {
                    return AdminCall.ReportFailure(response, error);
                }
                if (parseResult.GetValue(json))
                {
                    output.WriteLine(response.Body);
                }
                else
                {
                    OrchestratorWriter.WritePriceBook(body, output);
                }
                return LpctlApp.ExitOk;
            });
        });
        return command;
    }

    public static string PricesPath(string address) => $"/admin/orchestrators/{Uri.EscapeDataString(address.Trim())}/prices";
}
