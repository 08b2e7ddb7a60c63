using System.Net.Http.Headers;
using System.Text.Json;
using Livepeer.InferencePath;

namespace Livepeer.AiGatewayPath;

/// <summary>Sends the same image-to-text request to the gateway over HTTP from <c>concurrency</c> loops and times each request end to end.</summary>
internal static class HttpWorkload
{
    public static Task<LatencySummary> RunAsync(HttpClient http, byte[] image, string expectedText, int requests, int concurrency) =>
        ClosedLoop.RunAsync(
            async i =>
            {
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(image);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, "image", "bench.png");
                form.Add(new StringContent(""), "model_id");
                using var response = await http.PostAsync(new Uri("image-to-text", UriKind.Relative), form);
                var body = await response.Content.ReadAsStringAsync();
                using var document = JsonDocument.Parse(body);
                var text = response.IsSuccessStatusCode ? document.RootElement.GetProperty("text").GetString() : null;
                if (text != expectedText)
                {
                    throw new InvalidOperationException($"request {i} answered {(int)response.StatusCode}: {body}");
                }
            },
            requests,
            concurrency);
}
