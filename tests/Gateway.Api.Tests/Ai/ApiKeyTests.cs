using System.Net;
using System.Text.Json;
using Livepeer.Gateway.Api.ApiKeys;
using Livepeer.TestSupport.AiSdk;
using Livepeer.TestSupport.Media;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>API keys: created and revoked through the admin routes, required by the keyed gateway, 401 once revoked.</summary>
[Collection(AiNodeCollection.Name)]
public sealed class ApiKeyTests(AiNode node)
{
    [Fact]
    public async Task Key_is_created_used_and_refused_after_revoke()
    {
        using var http = node.Keyed.CreateClient();
        var (status, created) = await AiHttp.PostAsync(http, "/admin/apikeys", AiHttp.Json("""{"name":"sdk test"}"""));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = created.GetProperty("id").GetString()!;
        var key = created.GetProperty("key").GetString()!;
        Assert.True(ApiKeyToken.TryGetId(key, out var keyId) && keyId == id);

        var image = await AiSdkTests.TempFile(await TextImages.PngAsync("KEY 1"), "png");
        var call = new[] { new { op = "imageToText", file = image } };
        var withKey = Assert.Single(await SdkCalls.RunAsync(node.Keyed.Url, call, key));
        Assert.Equal("KEY1", SdkCalls.Result(withKey).GetProperty("text").GetString()!.Replace(" ", "", StringComparison.Ordinal));

        var withoutKey = SdkCalls.Error(Assert.Single(await SdkCalls.RunAsync(node.Keyed.Url, call)));
        // The SDK parses 401 into its HTTPError (which keeps the body, not the status).
        Assert.Equal("HTTPError", withoutKey.GetProperty("name").GetString());
        Assert.Contains("needs an API key", withoutKey.GetProperty("detail").GetProperty("msg").GetString(), StringComparison.Ordinal);

        using var revoke = await http.DeleteAsync(new Uri($"admin/apikeys/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        using (var revoked = JsonDocument.Parse(await revoke.Content.ReadAsStringAsync()))
        {
            Assert.False(revoked.RootElement.GetProperty("active").GetBoolean());
        }

        var afterRevoke = SdkCalls.Error(Assert.Single(await SdkCalls.RunAsync(node.Keyed.Url, call, key)));
        Assert.Equal("HTTPError", afterRevoke.GetProperty("name").GetString());
        Assert.Contains("revoked", afterRevoke.GetProperty("detail").GetProperty("msg").GetString(), StringComparison.Ordinal);

        using var list = await http.GetAsync(new Uri("admin/apikeys", UriKind.Relative));
        using var listed = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var entry = Assert.Single(listed.RootElement.GetProperty("apiKeys").EnumerateArray(), k => k.GetProperty("id").GetString() == id);
        Assert.False(entry.GetProperty("active").GetBoolean());
        Assert.False(entry.TryGetProperty("key", out _));
        Assert.DoesNotContain(key, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_keys_and_schemes_are_401_with_a_reason_and_the_open_gateway_needs_none()
    {
        using var http = node.Keyed.CreateClient();
        var png = await TextImages.PatternAsync(16, 16);
        var (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Form("image", png), "lpk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("not known", AiHttp.ErrorMessage(body), StringComparison.Ordinal);
        (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Form("image", png), "hunter2");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("not an API key", AiHttp.ErrorMessage(body), StringComparison.Ordinal);

        using var open = node.Open.CreateClient();
        (status, _) = await AiHttp.PostAsync(open, "/image-to-text", AiHttp.Form("image", png));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Admin_key_routes_refuse_bad_input()
    {
        using var http = node.Keyed.CreateClient();
        var (status, body) = await AiHttp.PostAsync(http, "/admin/apikeys", AiHttp.Json("""{"label":"x"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("unknown properties: label", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        (status, _) = await AiHttp.PostAsync(http, "/admin/apikeys", AiHttp.Json("{}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var unknown = await http.DeleteAsync(new Uri("admin/apikeys/0123456789ab", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var malformed = await http.DeleteAsync(new Uri("admin/apikeys/nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
