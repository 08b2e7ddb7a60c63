using System.Diagnostics;
using Livepeer.Media.Inference;

namespace Livepeer.InferencePath;

/// <summary>Sends the same image-to-text request to an engine from <c>concurrency</c> loops and times each request end to end.</summary>
internal static class OcrWorkload
{
    public static async Task<LatencySummary> RunAsync(IInferenceEngine engine, InferenceRequest request, string expectedText, int requests, int concurrency)
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
                var result = await engine.RunAsync(request);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (result.Text != expectedText)
                {
                    throw new InvalidOperationException($"request {i} read \"{result.Text}\", expected \"{expectedText}\"");
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
