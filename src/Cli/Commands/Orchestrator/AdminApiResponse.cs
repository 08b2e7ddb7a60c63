using System.Text.Json;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>What the admin API answered: the status, the raw body and, when the body is JSON, its root.</summary>
public sealed record AdminApiResponse(int StatusCode, string Body, JsonElement? Json)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public static AdminApiResponse Of(int statusCode, string body)
    {
        JsonElement? json = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page, say): the raw body is shown instead.
            json = null;
        }
        return new AdminApiResponse(statusCode, body, json);
    }
}
