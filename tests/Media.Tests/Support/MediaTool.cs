using System.Diagnostics;
using Livepeer.TestSupport;

namespace Livepeer.Media.Tests.Support;

/// <summary>Runs the ffmpeg / ffprobe command-line tools (the independent reference the tests check against).</summary>
public static class MediaTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Runs <paramref name="tool"/> and returns its standard output; a non-zero exit throws with its standard error.</summary>
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; install FFmpeg (scripts/setup.sh)");
        await using var owned = new OwnedProcess(process);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        var output = await stdout;
        var errors = await stderr;
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errors}");
    }

    public static Task<string> FfmpegAsync(params string[] arguments) =>
        RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments]);
}
