using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Livepeer.EndToEnd.Tests.Support;
using Livepeer.Protocol.Ai;
using Livepeer.TestSupport;
using Livepeer.TestSupport.AiSdk;
using Livepeer.TestSupport.Media;

namespace Livepeer.EndToEnd.Tests.RunScript;

/// <summary>
/// The video and AI issues' done-when checks and the README's quick start against ./run.sh as written (dev
/// network: the gateway pays the node's orchestrator with tickets), sharing one run.sh start.
/// </summary>
[Collection(FixedPortsCollection.Name)]
public sealed partial class RunShDevNetworkTests(RunShDevNode node) : IClassFixture<RunShDevNode>
{
    private const int ClipSeconds = 20;
    private const int SegmentSeconds = 2;
    private const int Segments = ClipSeconds / SegmentSeconds;
    private const double Fps = 30;

    // run.sh sets no Video:TranscodingOptions, so streams get the default renditions (docs/video-api.md).
    private static readonly (string Name, int Width, int Height)[] Variants =
    [
        ("source", 1280, 720),
        ("P240p30fps16x9", 426, 240),
        ("P360p30fps16x9", 640, 360),
    ];

    [Fact]
    public async Task An_ffmpeg_hls_push_of_20_s_plays_back_with_the_source_and_every_configured_rendition_at_its_size_rate_and_length()
    {
        var stream = $"demo-{Guid.NewGuid():N}";
        var live = $"{RunShDevNode.Api}/live/{stream}/";
        var creditedBefore = await CreditedTicketsAsync();
        // The issue's command with a unique stream name; Debian's ffmpeg 5.1 needs -hls_segment_filename to name
        // the segments by number (docs/video-api.md).
        await TestClips.RunAsync("ffmpeg", string.Create(CultureInfo.InvariantCulture,
            $"-hide_banner -loglevel error -re -f lavfi -i testsrc2=size=1280x720:rate=30 -f lavfi -i sine -t {ClipSeconds} -c:v libx264 -g 60 -c:a aac -f hls -hls_time {SegmentSeconds} -method PUT -hls_segment_filename {live}%d.ts {live}"),
            TimeSpan.FromMinutes(5));

        using var http = node.CreateClient();
        // ffmpeg does not wait for the answers to its PUTs: wait until every segment of every variant is stored.
        await WaitForSegmentsAsync(http, stream, TimeSpan.FromMinutes(4));

        var masterUrl = $"{RunShDevNode.Api}/stream/{stream}.m3u8";
        using var masterResponse = await http.GetAsync(new Uri(masterUrl));
        Assert.True(masterResponse.StatusCode == HttpStatusCode.OK, $"GET {masterUrl}: {(int)masterResponse.StatusCode}\n{node.Diagnostics()}");
        Assert.Equal("application/x-mpegURL", masterResponse.Content.Headers.ContentType?.MediaType);
        var master = await masterResponse.Content.ReadAsStringAsync();
        var listed = StreamInf().Matches(master).ToDictionary(m => m.Groups["name"].Value, m => (Width: int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture), Height: int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture)));
        Assert.Equal(Variants.Select(v => v.Name).Order(), listed.Keys.Order());
        // ffprobe reads the master playlist as a player would: one video stream per variant.
        var probedHeights = (await ProbeStreamsAsync(masterUrl)).Select(s => s.Height).Order().ToList();
        Assert.Equal(Variants.Select(v => v.Height).Order(), probedHeights);

        foreach (var (name, width, height) in Variants)
        {
            Assert.Equal(height, listed[name].Height);
            Assert.InRange(listed[name].Width, width - 2, width + 2);

            var playlistUrl = $"{RunShDevNode.Api}/stream/{stream}/{name}.m3u8";
            var playlist = await http.GetStringAsync(new Uri(playlistUrl));
            // A live playlist holds the last 6 segments, oldest first, numbered as pushed.
            var window = Enumerable.Range(Segments - 6, 6).Select(i => $"{name}/{i}.ts").ToList();
            Assert.True(window.SequenceEqual(playlist.Split('\n').Where(l => l.EndsWith(".ts", StringComparison.Ordinal))), $"{name}.m3u8 is not segments {Segments - 6}..{Segments - 1}:\n{playlist}");
            Assert.Contains($"#EXT-X-MEDIA-SEQUENCE:{Segments - 6}\n", playlist, StringComparison.Ordinal);

            var played = await ProbedMedia.ProbeAsync(playlistUrl);
            Assert.Equal(height, played.Height);
            Assert.InRange(played.Width, width - 2, width + 2);
            Assert.Equal(Fps, played.FramesPerSecond, 0.01);

            // Every segment is there, in order: each starts where the previous one ended.
            long frames = 0;
            double? previousStart = null;
            for (var i = 0; i < Segments; i++)
            {
                var segmentUrl = $"{RunShDevNode.Api}/stream/{stream}/{name}/{i}.ts";
                var segment = Assert.Single(await ProbeStreamsAsync(segmentUrl, countFrames: true));
                Assert.Equal(height, segment.Height);
                Assert.Equal(Fps, segment.FramesPerSecond, 0.01);
                if (previousStart is { } before)
                {
                    Assert.True(Math.Abs(segment.Start - before - SegmentSeconds) < 0.2,
                        $"{name} segment {i} starts at {segment.Start} s, segment {i - 1} at {before} s: not {SegmentSeconds} s apart");
                }
                previousStart = segment.Start;
                frames += segment.Frames;
            }
            Assert.InRange(frames / Fps, ClipSeconds - SegmentSeconds, ClipSeconds + SegmentSeconds);
            using var after = await http.GetAsync(new Uri($"{RunShDevNode.Api}/stream/{stream}/{name}/{Segments}.ts"));
            Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        }
        // run.sh prices its dev orchestrator, so the stream's first segment already brought tickets.
        Assert.True(await CreditedTicketsAsync() > creditedBefore, $"the orchestrator credited no tickets for the stream\n{node.Diagnostics()}");
    }

    [Fact]
    public async Task The_livepeer_ai_sdk_reads_the_text_of_an_image_upscales_twice_and_parses_the_error_of_an_unserved_pipeline()
    {
        var text = await TempFile(await TextImages.PngAsync("LIVEPEER 2024"), "png");
        var pattern = await TempFile(await TextImages.PatternAsync(96, 64), "png");
        try
        {
            var creditedBefore = await CreditedTicketsAsync();
            var outcomes = await SdkCalls.RunAsync(node.Url,
            [
                new { op = "imageToText", file = text },
                new { op = "upscale", file = pattern },
                new { op = "textToImage", prompt = "a lighthouse" },
            ]);

            var read = SdkCalls.Result(outcomes[0]).GetProperty("text").GetString()!;
            Assert.True("LIVEPEER2024" == read.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), $"image-to-text read '{read}'\n{node.Diagnostics()}");

            var media = Assert.Single(SdkCalls.Result(outcomes[1]).GetProperty("images").EnumerateArray());
            var url = new Uri(media.GetProperty("url").GetString()!);
            Assert.Equal(node.Url.Authority, url.Authority);
            Assert.StartsWith("/media/ai/", url.AbsolutePath, StringComparison.Ordinal);
            using var http = node.CreateClient();
            var bytes = await http.GetByteArrayAsync(url);
            Assert.True(ImageInfo.TryRead(bytes, out var upscaled, out var error), error);
            Assert.Equal(("PNG", 192, 128), (upscaled.Format, upscaled.Width, upscaled.Height));

            // run.sh configures no text-to-image model: 503, which the SDK reports as an SDKError with status and body.
            var unserved = SdkCalls.Error(outcomes[2]);
            Assert.Equal("SDKError", unserved.GetProperty("name").GetString());
            Assert.Equal(503, unserved.GetProperty("statusCode").GetInt32());
            Assert.Contains("no orchestrator offers text-to-image", unserved.GetProperty("message").GetString(), StringComparison.Ordinal);

            // run.sh prices its dev orchestrator, so the two served calls were paid with tickets (at price 0 none are sent).
            Assert.True(await CreditedTicketsAsync() >= creditedBefore + 2, $"the orchestrator credited no tickets for the AI calls\n{node.Diagnostics()}");
        }
        finally
        {
            File.Delete(text);
            File.Delete(pattern);
        }
    }

    [Fact]
    public async Task The_readme_quick_start_commands_push_a_segment_read_an_image_and_the_dashboard_answers()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"));
        var block = QuickStartBlock().Match(readme);
        Assert.True(block.Success, "README.md has no ```sh block after \"Then push a segment\"");
        var folder = Directory.CreateTempSubdirectory("lp-e2e-readme-");
        try
        {
            var output = await RunBashAsync(block.Groups["commands"].Value, folder.FullName);
            Assert.Contains("Rendition-Name: P240p30fps16x9", output, StringComparison.Ordinal);
            Assert.Contains("Rendition-Name: P360p30fps16x9", output, StringComparison.Ordinal);
            foreach (var variant in Variants)
            {
                Assert.Contains($"x/{variant.Name}.m3u8", output, StringComparison.Ordinal);
            }
            Assert.Contains("""{"text":"HELLO 42"}""", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        using var http = node.CreateClient();
        using var dashboard = await http.GetAsync(new Uri("dashboard/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="commands"/> with bash (stopping at the first failure) in <paramref name="folder"/>; returns stdout.</summary>
    private async Task<string> RunBashAsync(string commands, string folder)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-euo", "pipefail", "-c", commands])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started");
        await using var owned = new OwnedProcess(process);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"the README commands failed ({process.ExitCode}):\n{commands}\nstdout:\n{output}\nstderr:\n{await stderr}\n{node.Diagnostics()}");
        return output;
    }

    private sealed record ProbedStream(int Width, int Height, double FramesPerSecond, long Frames, double Start);

    /// <summary>The video streams ffprobe finds at <paramref name="url"/>, with the container's start time.</summary>
    private static async Task<IReadOnlyList<ProbedStream>> ProbeStreamsAsync(string url, bool countFrames = false)
    {
        var count = countFrames ? "-count_frames " : "";
        var json = await TestClips.RunAsync("ffprobe", $"-v error {count}-select_streams v -print_format json -show_streams -show_format \"{url}\"");
        using var document = JsonDocument.Parse(json);
        var start = document.RootElement.TryGetProperty("format", out var format) && format.TryGetProperty("start_time", out var s)
            ? double.Parse(s.GetString()!, CultureInfo.InvariantCulture)
            : double.NaN;
        return [.. document.RootElement.GetProperty("streams").EnumerateArray().Select(stream => new ProbedStream(
            stream.GetProperty("width").GetInt32(),
            stream.GetProperty("height").GetInt32(),
            Rate(stream.GetProperty("avg_frame_rate").GetString()!),
            stream.TryGetProperty("nb_read_frames", out var frames) ? long.Parse(frames.GetString()!, CultureInfo.InvariantCulture) : 0,
            start))];
    }

    private static double Rate(string fraction)
    {
        var parts = fraction.Split('/');
        var denominator = double.Parse(parts[1], CultureInfo.InvariantCulture);
        return denominator == 0 ? 0 : double.Parse(parts[0], CultureInfo.InvariantCulture) / denominator;
    }

    private async Task WaitForSegmentsAsync(HttpClient http, string stream, TimeSpan timeout)
    {
        var missing = Variants.SelectMany(v => Enumerable.Range(0, Segments).Select(i => $"stream/{stream}/{v.Name}/{i}.ts")).ToHashSet();
        var deadline = DateTime.UtcNow + timeout;
        while (missing.Count > 0 && DateTime.UtcNow < deadline)
        {
            foreach (var path in missing.ToList())
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    missing.Remove(path);
                }
            }
            if (missing.Count > 0)
            {
                await Task.Delay(1000);
            }
        }
        Assert.True(missing.Count == 0, $"not stored within {timeout.TotalSeconds} s: {string.Join(", ", missing.Order())}\n{node.Diagnostics()}");
    }

    /// <summary>The silo's livepeer_tickets_received_total{result="credited"} (0 before the first payment).</summary>
    private static async Task<double> CreditedTicketsAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var metrics = await http.GetStringAsync(new Uri("http://127.0.0.1:9090/metrics"));
        return CreditedLine().Matches(metrics).Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    private static async Task<string> TempFile(byte[] data, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lp-e2e-ai-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, data);
        return path;
    }

    [GeneratedRegex(@"Then push a segment.*?```sh\n(?<commands>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();

    [GeneratedRegex(@"#EXT-X-STREAM-INF:[^\n]*RESOLUTION=(?<w>\d+)x(?<h>\d+)[^\n]*\n[^\n/]+/(?<name>[^\n/]+)\.m3u8")]
    private static partial Regex StreamInf();

    [GeneratedRegex(@"^livepeer_tickets_received_total\{[^}]*result=""credited""[^}]*\} (?<value>[0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex CreditedLine();
}
