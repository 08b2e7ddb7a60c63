using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Livepeer.Media.Transcoding;

namespace Livepeer.Bench.Transcode;

/// <summary>
/// The ffmpeg command line doing what our transcoder does for one segment, in one command: decode once,
/// per rendition the same fps + scale + yuv420p filters, libx264 with the same preset and bit rate, audio
/// copied, MPEG-TS out.
/// </summary>
public static partial class FfmpegCli
{
    public static IReadOnlyList<string> Arguments(string input, string outputDir, IReadOnlyList<TranscodeProfile> profiles, string preset)
    {
        var chains = new List<string> { $"[0:v]split={profiles.Count}{string.Concat(profiles.Select((_, i) => $"[v{i}]"))}" };
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            // Our output size for a 16:9 source in a 16:9 box is the box itself.
            chains.Add($"[v{i}]fps=fps={p.FpsNumerator}/{p.FpsDenominator},scale=w={p.Width}:h={p.Height}:flags=bicubic,format=pix_fmts=yuv420p[o{i}]");
        }
        var args = new List<string> { "-hide_banner", "-nostdin", "-nostats", "-benchmark", "-y", "-i", input, "-filter_complex", string.Join(';', chains) };
        for (var i = 0; i < profiles.Count; i++)
        {
            args.AddRange(["-map", $"[o{i}]", "-map", "0:a?", "-c:v", "libx264", "-preset", preset, "-b:v", profiles[i].BitrateBps.ToString(CultureInfo.InvariantCulture),
                "-c:a", "copy", "-f", "mpegts", Path.Combine(outputDir, $"{profiles[i].Name}.ts")]);
        }
        return args;
    }

    /// <summary>Runs ffmpeg; returns its wall time (process start to exit) and what its -benchmark line reports.</summary>
    public static FfmpegRun Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed;
        var errors = stderr.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg exited with {process.ExitCode}: {errors}");
        }
        var bench = BenchLine().Match(errors);
        if (!bench.Success)
        {
            throw new InvalidOperationException("ffmpeg printed no -benchmark line: " + errors);
        }
        double Seconds(string group) => double.Parse(bench.Groups[group].Value, CultureInfo.InvariantCulture);
        return new FfmpegRun(wall, TimeSpan.FromSeconds(Seconds("rtime")), TimeSpan.FromSeconds(Seconds("utime") + Seconds("stime")));
    }

    [GeneratedRegex(@"bench: utime=(?<utime>[0-9.]+)s stime=(?<stime>[0-9.]+)s rtime=(?<rtime>[0-9.]+)s")]
    private static partial Regex BenchLine();
}
