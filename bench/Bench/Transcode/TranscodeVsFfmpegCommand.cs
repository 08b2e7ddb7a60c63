using System.Diagnostics;
using System.Globalization;
using Livepeer.Media.Transcoding;

namespace Livepeer.Bench.Transcode;

/// <summary>
/// `transcode-vs-ffmpeg &lt;segments-dir&gt; [preset] [csv-out]`: for every .ts segment (sorted by name), our
/// <see cref="NativeTranscoder"/> and the ffmpeg command line (<see cref="FfmpegCli"/>) each produce the
/// 240p and 360p renditions, alternating which goes first; prints per-segment times, the medians and
/// the ratios ours / ffmpeg. Reading the segment is outside our timing; ffmpeg reads its file.
/// </summary>
public static class TranscodeVsFfmpegCommand
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length is < 1 or > 3 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: transcode-vs-ffmpeg <segments-dir> [x264 preset, default veryfast] [csv-out]");
            return 2;
        }
        var segments = Directory.GetFiles(args[0], "*.ts").Order(StringComparer.Ordinal).ToList();
        var preset = args.Length > 1 ? args[1] : "veryfast";
        if (segments.Count == 0)
        {
            Console.Error.WriteLine($"no .ts segments in {args[0]}");
            return 2;
        }
        var scratch = Directory.CreateTempSubdirectory("lpm-bench-");
        try
        {
            var rows = Measure(segments, preset, scratch.FullName);
            Report(rows, preset);
            if (args.Length > 2)
            {
                WriteCsv(args[2], rows);
            }
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static List<Row> Measure(List<string> segments, string preset, string scratch)
    {
        using var transcoder = new NativeTranscoder(new NativeTranscoderOptions { Nvenc = NvencMode.Off, X264Preset = preset });
        var profiles = BenchProfiles.Renditions;

        // Warm-up, discarded: JIT, page cache, the worker's decoder.
        var first = File.ReadAllBytes(segments[0]);
        Ours(transcoder, first, profiles);
        FfmpegCli.Run(FfmpegCli.Arguments(segments[0], scratch, profiles, preset));

        var rows = new List<Row>();
        for (var i = 0; i < segments.Count; i++)
        {
            var bytes = File.ReadAllBytes(segments[i]);
            var cliArgs = FfmpegCli.Arguments(segments[i], scratch, profiles, preset);
            (TimeSpan Wall, TimeSpan Cpu, long Frames) ours;
            FfmpegRun cli;
            if (i % 2 == 0)
            {
                ours = Ours(transcoder, bytes, profiles);
                cli = FfmpegCli.Run(cliArgs);
            }
            else
            {
                cli = FfmpegCli.Run(cliArgs);
                ours = Ours(transcoder, bytes, profiles);
            }
            var row = new Row(Path.GetFileName(segments[i]), ours.Wall, ours.Cpu, cli.Wall, cli.Transcode, cli.Cpu, ours.Frames);
            rows.Add(row);
            Console.WriteLine(FormattableString.Invariant(
                $"{row.Segment,-12} ours {Ms(row.OursWall),7:F1} ms (cpu {Ms(row.OursCpu),7:F1})   ffmpeg {Ms(row.CliWall),7:F1} ms (loop {Ms(row.CliLoop),7:F1}, cpu {Ms(row.CliCpu),7:F1})   frames {row.Frames}"));
        }
        return rows;
    }

    private static (TimeSpan Wall, TimeSpan Cpu, long Frames) Ours(NativeTranscoder transcoder, byte[] segment, IReadOnlyList<TranscodeProfile> profiles)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var result = transcoder.TranscodeAsync(new TranscodeRequest(segment, SegmentContainer.MpegTs, profiles)).GetAwaiter().GetResult();
        var wall = clock.Elapsed;
        return (wall, Environment.CpuUsage.TotalTime - cpu, result.Renditions.Sum(r => r.Frames));
    }

    private static void Report(List<Row> rows, string preset)
    {
        double Median(Func<Row, TimeSpan> pick)
        {
            var sorted = rows.Select(r => Ms(pick(r))).Order().ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
        var oursWall = Median(r => r.OursWall);
        var oursCpu = Median(r => r.OursCpu);
        var cliWall = Median(r => r.CliWall);
        var cliLoop = Median(r => r.CliLoop);
        var cliCpu = Median(r => r.CliCpu);
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"segments: {rows.Count}, 720p30 source -> 240p + 360p, libx264 preset {preset}, audio copied, MPEG-TS"));
        Console.WriteLine(FormattableString.Invariant($"median wall   ours {oursWall:F1} ms   ffmpeg CLI {cliWall:F1} ms (process)   {cliLoop:F1} ms (its transcode loop)"));
        Console.WriteLine(FormattableString.Invariant($"median cpu    ours {oursCpu:F1} ms   ffmpeg CLI {cliCpu:F1} ms"));
        Console.WriteLine(FormattableString.Invariant($"ratio ours/ffmpeg: wall {oursWall / cliWall:F3} (vs process), {oursWall / cliLoop:F3} (vs its loop), cpu {oursCpu / cliCpu:F3}"));
    }

    private static void WriteCsv(string path, List<Row> rows)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("segment,ours_wall_ms,ours_cpu_ms,ffmpeg_wall_ms,ffmpeg_loop_ms,ffmpeg_cpu_ms,frames");
        foreach (var r in rows)
        {
            writer.WriteLine(string.Join(',', r.Segment, F(r.OursWall), F(r.OursCpu), F(r.CliWall), F(r.CliLoop), F(r.CliCpu), r.Frames.ToString(CultureInfo.InvariantCulture)));
        }

        static string F(TimeSpan t) => Ms(t).ToString("F2", CultureInfo.InvariantCulture);
    }

    private static double Ms(TimeSpan t) => t.TotalMilliseconds;

    private sealed record Row(string Segment, TimeSpan OursWall, TimeSpan OursCpu, TimeSpan CliWall, TimeSpan CliLoop, TimeSpan CliCpu, long Frames);
}
