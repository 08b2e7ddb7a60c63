using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Livepeer.Cli.Tests.Payment;

namespace Livepeer.Cli.Tests.ApiKey;

public sealed class ApiKeyCommandsTests(ApiKeyNode node) : IClassFixture<ApiKeyNode>
{
    [Fact]
    public async Task Create_list_revoke_and_the_key_stops_working()
    {
        var created = await LpctlRun.OfAsync("apikey", "create", "lpctl test", "--api", node.Api);
        Assert.True(created.ExitCode == 0, created.Error);
        var lines = created.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var id = Assert.Single(lines, l => l.StartsWith("id ", StringComparison.Ordinal))[2..].Trim();
        var key = Assert.Single(lines, l => l.StartsWith("key ", StringComparison.Ordinal))[3..].Trim();
        Assert.StartsWith($"lpk_{id}_", key, StringComparison.Ordinal);

        var listed = await LpctlRun.OfAsync("apikey", "list", "--api", node.Api);
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Contains(listed.Output.Split('\n'), l => l.StartsWith(id, StringComparison.Ordinal) && l.Contains("active", StringComparison.Ordinal) && l.EndsWith("lpctl test", StringComparison.Ordinal));
        Assert.DoesNotContain(key, listed.Output, StringComparison.Ordinal);

        // Accepted: past the key check, the request fails only because nothing serves image-to-text here.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ImageToTextAsync(key));

        var revoked = await LpctlRun.OfAsync("apikey", "revoke", id, "--api", node.Api);
        Assert.True(revoked.ExitCode == 0, revoked.Error);
        Assert.StartsWith($"revoked {id} (lpctl test) at ", revoked.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await ImageToTextAsync(key));

        var json = await LpctlRun.OfAsync("apikey", "list", "--api", node.Api, "--json");
        using var document = JsonDocument.Parse(json.Output);
        var entry = Assert.Single(document.RootElement.GetProperty("apiKeys").EnumerateArray(), k => k.GetProperty("id").GetString() == id);
        Assert.False(entry.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Unknown_and_malformed_ids_are_bad_input()
    {
        var unknown = await LpctlRun.OfAsync("apikey", "revoke", "0123456789ab", "--api", node.Api);
        Assert.Equal(LpctlApp.ExitBadInput, unknown.ExitCode);
        Assert.Contains("no API key 0123456789ab", unknown.Error, StringComparison.Ordinal);
        var malformed = await LpctlRun.OfAsync("apikey", "revoke", "x", "--api", node.Api);
        Assert.Equal(LpctlApp.ExitBadInput, malformed.ExitCode);
        var blank = await LpctlRun.OfAsync("apikey", "create", " ", "--api", node.Api);
        Assert.Equal(LpctlApp.ExitBadInput, blank.ExitCode);
        Assert.Contains("name is required", blank.Error, StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> ImageToTextAsync(string key)
    {
        using var http = node.Gateway.CreateClient();
        using var form = new MultipartFormDataContent();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 8, 0, 0, 0, 8, 8, 2, 0, 0, 0 };
        form.Add(new ByteArrayContent(png), "image", "x.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("image-to-text", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
