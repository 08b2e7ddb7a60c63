using System.Globalization;

namespace Livepeer.InferencePath;

/// <summary>Requests per second and latency percentiles of one measured run.</summary>
internal sealed record LatencySummary(int Requests, int Concurrency, double WallSeconds, double CpuSeconds, double[] SortedMilliseconds)
{
    public double RequestsPerSecond => Requests / WallSeconds;

    public double RequestsPerCpuSecond => Requests / CpuSeconds;

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p) => SortedMilliseconds[Math.Clamp((int)Math.Ceiling(p / 100 * SortedMilliseconds.Length) - 1, 0, SortedMilliseconds.Length - 1)];

    public string ToLine(string label) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label}: {Requests} requests, concurrency {Concurrency}: {RequestsPerSecond:F2} req/s (wall), {RequestsPerCpuSecond:F2} req/CPU-s, p50 {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, p99 {Percentile(99):F1} ms, min {SortedMilliseconds[0]:F1} ms, max {SortedMilliseconds[^1]:F1} ms");

    public string ToJson(string label) => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"path\":\"{label}\",\"requests\":{Requests},\"concurrency\":{Concurrency},\"requestsPerSecond\":{RequestsPerSecond:F3},\"requestsPerCpuSecond\":{RequestsPerCpuSecond:F3},\"p50Ms\":{Percentile(50):F2},\"p95Ms\":{Percentile(95):F2},\"p99Ms\":{Percentile(99):F2}}}");
}
