using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Livepeer.Bench;

/// <summary>
/// The default job for every benchmark here: in process, timed by <see cref="ProcessCpuClock"/>.
/// In process because BenchmarkDotNet's out-of-process toolchain looks for &lt;assembly name&gt;.csproj,
/// and this assembly is Livepeer.Bench while its project is Bench.csproj. Command-line options such
/// as --iterationCount still apply on top of this job.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance.AddJob(
            Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithClock(new ProcessCpuClock())
                .WithId("InProcessCpuTime")
                .AsDefault());
}
