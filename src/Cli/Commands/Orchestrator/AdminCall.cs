using System.Text.Json;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>
/// Runs one admin API conversation for a command and turns what goes wrong into a message and an exit
/// code: 2 for what the API refused as bad input (400, 404, 413), 3 when the API or its cluster cannot be
/// reached (no answer, 503), 4 for a refused token or caller (401, 403) and any other failure.
/// </summary>
public static class AdminCall
{
    public static async Task<int> RunAsync(
        string? api, string? token, Func<string, string?> environment, TextWriter error, Func<AdminApiClient, Task<int>> conversation)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(conversation);
        var connection = AdminConnection.Resolve(api, token, environment, out var problem);
        if (connection is null)
        {
            error.WriteLine($"lpctl: {problem}");
            return LpctlApp.ExitBadInput;
        }
        using var client = new AdminApiClient(connection);
        try
        {
            return await conversation(client);
        }
        catch (AdminApiUnreachableException e)
        {
            error.WriteLine($"lpctl: {e.Message}");
            error.WriteLine($"lpctl: is the gateway API running (./run.sh)? Point lpctl at it with --api or ${AdminConnection.ApiVariable}.");
            return LpctlApp.ExitApiUnreachable;
        }
    }

    /// <summary>Writes why the API said no, in its own words, and returns the exit code for it.</summary>
    public static int ReportFailure(AdminApiResponse response, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(error);
        var (message, errors) = Explain(response);
        if (errors.Count > 1)
        {
            error.WriteLine($"lpctl: the admin API refused the request ({response.StatusCode}), {errors.Count} problems:");
            foreach (var e in errors)
            {
                error.WriteLine($"  - {e}");
            }
        }
        else
        {
            error.WriteLine($"lpctl: {message} ({response.StatusCode})");
        }
        return response.StatusCode switch
        {
            400 or 404 or 413 => LpctlApp.ExitBadInput,
            503 => LpctlApp.ExitApiUnreachable,
            _ => LpctlApp.ExitApiRefused,
        };
    }

    private static (string Message, IReadOnlyList<string> Errors) Explain(AdminApiResponse response)
    {
        if (response.Json is { ValueKind: JsonValueKind.Object } body
            && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
        {
            var errors = body.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            return (message.GetString()!, errors);
        }
        var text = response.Body.Length > 300 ? response.Body[..300] + "…" : response.Body;
        return ($"the admin API answered HTTP {response.StatusCode}{(text.Length > 0 ? ": " + text : "")}", []);
    }
}
