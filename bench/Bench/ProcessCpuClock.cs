using Perfolizer.Horology;

namespace Livepeer.Bench;

/// <summary>
/// A BenchmarkDotNet clock that reads this process's CPU time (all threads) instead of wall time.
/// The benchmark machine is shared, so wall time also counts the slices other processes take on the
/// pinned core; CPU time counts only work done by this process, which is what "per core" means.
/// </summary>
public sealed class ProcessCpuClock : IClock
{
    public string Title => "Process CPU time";

    public bool IsAvailable => true;

    // TimeSpan ticks: 100 ns.
    public Frequency Frequency => Frequency.FromHz(TimeSpan.TicksPerSecond);

    public long GetTimestamp() => Environment.CpuUsage.TotalTime.Ticks;
}
