using System.CommandLine;
using System.Text.Json;
using Livepeer.Cli.Commands.Orchestrator;

namespace Livepeer.Cli.Commands.ApiKey;

/// <summary>
/// `lpctl apikey create|list|revoke`: the gateway's AI API keys through the admin API (/admin/apikeys). The key
/// itself is printed once, by create; the gateway keeps only its hash.
/// </summary>
public static class ApiKeyCommand
{
    public const string Path = "/admin/apikeys";

    public static Command Create(Func<string, string?> environment)
    {
        var command = new Command("apikey", "Create, list and revoke the API keys the gateway's AI routes take (through the admin API)");
        command.Subcommands.Add(CreateKey(environment));
        command.Subcommands.Add(ListKeys(environment));
        command.Subcommands.Add(RevokeKey(environment));
        return command;
    }

    private static Command CreateKey(Func<string, string?> environment)
    {
        var name = new Argument<string>("name") { Description = "who or what the key is for, e.g. \"my app\"" };
        var (api, token, json) = Options();
        var command = new Command("create", "Create an API key and print it (shown this once)") { name, api, token, json };
        command.SetAction((parseResult, cancellationToken) => Run(parseResult, environment, api, token, async (client, output, error) =>
        {
            var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["name"] = parseResult.GetValue(name)! });
            var response = await client.PostJsonAsync(Path, body, cancellationToken);
            if (!response.IsSuccess || response.Json is not { } created)
            {
                return AdminCall.ReportFailure(response, error);
            }
            if (parseResult.GetValue(json))
            {
                output.WriteLine(response.Body);
            }
            else
            {
                ApiKeyWriter.WriteCreated(created, output);
            }
            return LpctlApp.ExitOk;
        }));
        return command;
    }

    private static Command ListKeys(Func<string, string?> environment)
    {
        var (api, token, json) = Options();
        var command = new Command("list", "List the API keys (never their secrets), revoked ones too") { api, token, json };
        command.SetAction((parseResult, cancellationToken) => Run(parseResult, environment, api, token, async (client, output, error) =>
        {
            var response = await client.GetAsync(Path, cancellationToken);
            if (!response.IsSuccess || response.Json is not { } list)
            {
                return AdminCall.ReportFailure(response, error);
            }
            if (parseResult.GetValue(json))
            {
                output.WriteLine(response.Body);
            }
            else
            {
                ApiKeyWriter.WriteList(list, output);
            }
            return LpctlApp.ExitOk;
        }));
        return command;
    }

    private static Command RevokeKey(Func<string, string?> environment)
    {
        var id = new Argument<string>("id") { Description = "the key's id, as 'lpctl apikey list' shows it" };
        var (api, token, json) = Options();
        var command = new Command("revoke", "Revoke an API key: requests with it get 401 from then on") { id, api, token, json };
        command.SetAction((parseResult, cancellationToken) => Run(parseResult, environment, api, token, async (client, output, error) =>
        {
            var response = await client.DeleteAsync($"{Path}/{Uri.EscapeDataString(parseResult.GetValue(id)!.Trim())}", cancellationToken);
            if (!response.IsSuccess || response.Json is not { } revoked)
            {
                return AdminCall.ReportFailure(response, error);
            }
            if (parseResult.GetValue(json))
            {
                output.WriteLine(response.Body);
            }
            else
            {
                output.WriteLine($"revoked {ApiKeyWriter.Text(revoked, "id")} ({ApiKeyWriter.Text(revoked, "name")}) at {ApiKeyWriter.Text(revoked, "revokedAt")}");
            }
            return LpctlApp.ExitOk;
        }));
        return command;
    }

    private static (Option<string?> Api, Option<string?> Token, Option<bool> Json) Options() =>
        (AdminConnection.ApiOption(), AdminConnection.TokenOption(), new Option<bool>("--json") { Description = "print the admin API's JSON instead of text" });

    private static Task<int> Run(
        ParseResult parseResult, Func<string, string?> environment, Option<string?> api, Option<string?> token,
        Func<AdminApiClient, TextWriter, TextWriter, Task<int>> conversation)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        return AdminCall.RunAsync(parseResult.GetValue(api), parseResult.GetValue(token), environment, error, client => conversation(client, output, error));
    }
}
