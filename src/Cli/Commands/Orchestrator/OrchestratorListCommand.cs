using System.CommandLine;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>`lpctl orchestrator list [--json]`: GET /admin/orchestrators.</summary>
public static class OrchestratorListCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var api = AdminConnection.ApiOption();
        var token = AdminConnection.TokenOption();
        var json = new Option<bool>("--json") { Description = "print the admin API's JSON instead of text" };
        var command = new Command("list", "List the orchestrators this cluster runs, with their base prices") { api, token, json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            return AdminCall.RunAsync(parseResult.GetValue(api), parseResult.GetValue(token), environment, error, async client =>
            {
                var response = await client.GetAsync("/admin/orchestrators", cancellationToken);
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
                    OrchestratorWriter.WriteList(body, output);
                }
                return LpctlApp.ExitOk;
            });
        });
        return command;
    }
}
