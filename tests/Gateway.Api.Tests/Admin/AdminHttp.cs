using System.Net;
using System.Text;
using System.Text.Json;

namespace Livepeer.Gateway.Api.Tests.Admin;

/// <summary>Admin calls and their answers as status + parsed JSON.</summary>
internal static class AdminHttp
{
    public static string PricesPath(object address) => $"admin/orchestrators/{address}/prices";

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PutAsync(HttpClient http, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PutAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await ReadAsync(response));
    }

    /// <summary>The <c>errors</c> list of an admin error body, after checking the body has the documented shape.</summary>
    public static IReadOnlyList<string> Errors(JsonElement body)
    {
        var message = body.GetProperty("error").GetProperty("message").GetString();
        Assert.False(string.IsNullOrEmpty(message));
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(errors);
        return errors;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{(int)response.StatusCode} without a JSON body: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
