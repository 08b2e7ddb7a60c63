using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Livepeer.InferencePath;

namespace Livepeer.AiGatewayPath;

/// <summary>Sends the same image-to-text request to the gateway over HTTP from <c>concurrency</c> loops and times each request end to end.</summary>
internal static class HttpWorkload
{
    public static async Task<LatencySummary> RunAsync(HttpClient http, byte[] image, string expectedText, int requests, int concurrency)
    {
        var latencies = new double[requests];
        var next = -1;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var sent = Stopwatch.GetTimestamp();
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(image);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, "image", "bench.png");
                form.Add(new StringContent(""), "model_id");
                using var response = await http.PostAsync(new Uri("image-to-text", UriKind.Relative), form);
                var body = await response.Content.ReadAsStringAsync();
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                using var document = JsonDocument.Parse(body);
                var text = response.IsSuccessStatusCode ? document.RootElement.GetProperty("text").GetString() : null;
                if (text != expectedText)
                {
                    throw new InvalidOperationException($"request {i} answered {(int)response.StatusCode}: {body}");
                }
            }
        }));
        await Task.WhenAll(loops);
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Array.Sort(latencies);
        return new LatencySummary(requests, concurrency, wall, cpu, latencies);
    }
}
