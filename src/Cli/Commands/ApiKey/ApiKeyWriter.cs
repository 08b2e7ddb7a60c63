using System.Text.Json;

namespace Livepeer.Cli.Commands.ApiKey;

/// <summary>Text renderings of the admin API's API key answers (<c>--json</c> prints the API's JSON as is).</summary>
public static class ApiKeyWriter
{
    public static void WriteCreated(JsonElement created, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"id    {Text(created, "id")}");
        output.WriteLine($"name  {Text(created, "name")}");
        output.WriteLine($"key   {Text(created, "key")}");
        output.WriteLine("Keep the key now: the gateway stores only its hash and cannot show it again.");
    }

    public static void WriteList(JsonElement list, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var keys = list.ValueKind == JsonValueKind.Object && list.TryGetProperty("apiKeys", out var k) && k.ValueKind == JsonValueKind.Array
            ? k.EnumerateArray().ToList()
            : [];
        if (keys.Count == 0)
        {
            output.WriteLine("no API keys");
            return;
        }
        output.WriteLine($"{"ID",-12}  {"STATUS",-7}  {"CREATED",-25}  {"REVOKED",-25}  NAME");
        foreach (var key in keys)
        {
            bool active = key.TryGetProperty("active", out var a) && a.ValueKind == JsonValueKind.True;
            var revoked = Text(key, "revokedAt");
            output.WriteLine($"{Text(key, "id"),-12}  {(active ? "active" : "revoked"),-7}  {Text(key, "createdAt"),-25}  {(revoked.Length == 0 ? "-" : revoked),-25}  {Text(key, "name")}");
        }
    }

    public static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
