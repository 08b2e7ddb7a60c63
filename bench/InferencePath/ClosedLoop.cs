using System.Diagnostics;

namespace Livepeer.InferencePath;

/// <summary>Runs <c>requests</c> calls from <c>concurrency</c> loops, each starting its next call when the last ends, and times every call.</summary>
internal static class ClosedLoop
{
    /// <param name="call">one request, given its index; throws when the answer is wrong</param>
    public static async Task<LatencySummary> RunAsync(Func<int, Task> call, int requests, int concurrency)
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
                await call(i);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }
        }));
        await Task.WhenAll(loops);
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Array.Sort(latencies);
        return new LatencySummary(requests, concurrency, wall, cpu, latencies);
    }
}
