using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>Raw HTTP calls to the AI routes, for the shapes the SDK does not let a test send.</summary>
internal static class AiHttp
{
    public static MultipartFormDataContent Form(string? fileField, byte[]? file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        if (fileField is not null && file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, fileField, "upload.bin");
        }
        return form;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient http, string route, HttpContent content, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route.TrimStart('/'), UriKind.Relative)) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{(int)response.StatusCode} without a JSON body: {text}");
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>Checks an error body carries the same message under error.message and detail.msg; returns it.</summary>
    public static string ErrorMessage(JsonElement body)
    {
        var message = body.GetProperty("error").GetProperty("message").GetString();
        Assert.False(string.IsNullOrEmpty(message));
        Assert.Equal(message, body.GetProperty("detail").GetProperty("msg").GetString());
        return message!;
    }

    /// <summary>The 422 detail items as "loc.path: type".</summary>
    public static IReadOnlyList<string> Violations(JsonElement body)
    {
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetProperty("message").GetString()));
        return [.. body.GetProperty("detail").EnumerateArray().Select(item =>
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("msg").GetString()));
            var loc = string.Join('.', item.GetProperty("loc").EnumerateArray().Select(part => part.ValueKind == JsonValueKind.Number ? part.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : part.GetString()));
            return $"{loc}: {item.GetProperty("type").GetString()}";
        })];
    }
}
