using System.Globalization;
using Livepeer.NodeTestSupport;
using Livepeer.TestSupport.Media;

namespace Livepeer.EndToEnd.Tests.Video;

/// <summary>
/// Done-when 1 of the video issue: ffmpeg pushes HLS with PUT to the gateway and the stream plays back as HLS
/// with the source and every configured rendition. A 6 s clip instead of the 20 s keeps the suite fast,
/// and no -re: ffmpeg pushes each segment as soon as the previous one was answered.
/// </summary>
public sealed class HlsPushTests(VideoNode node) : IClassFixture<VideoNode>
{
    private const double ClipSeconds = 6;

    [Fact]
    public async Task An_ffmpeg_hls_push_plays_back_with_every_rendition_at_its_size_rate_and_length()
    {
        var stream = $"demo-{Guid.NewGuid():N}";
        var live = new Uri(node.Gateway.Url, $"live/{stream}/");
        // -hls_segment_filename keeps the names numeric: ffmpeg 5.1 would otherwise cut the base name at the
        // last '.' of the URL, which for http://127.0.0.1:... is inside the host.
        await TestClips.RunAsync("ffmpeg", string.Create(CultureInfo.InvariantCulture,
            $"-hide_banner -loglevel error -f lavfi -i testsrc2=size=1280x720:rate=30 -f lavfi -i sine -t {ClipSeconds} -c:v libx264 -preset ultrafast -g 60 -c:a aac -f hls -hls_time 2 -method PUT -hls_segment_filename {live}%d.ts {live}index.m3u8"),
            TimeSpan.FromMinutes(3));

        // ffmpeg does not wait for the answers to its PUTs: wait until the gateway has every segment.
        using var http = node.CreateClient();
        var master = "";
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !await CompleteAsync(http, stream))
        {
            await Task.Delay(200);
        }
        using var masterResponse = await http.GetAsync(new Uri($"stream/{stream}.m3u8", UriKind.Relative));
        Assert.True(masterResponse.IsSuccessStatusCode, "no master playlist; the gateway logged: " + string.Join(" | ", node.Gateway.Logs.Logs.Where(l => l.Category.Contains("Video", StringComparison.Ordinal)).Select(l => l.Message)));
        master = await masterResponse.Content.ReadAsStringAsync();
        Assert.Contains($"{stream}/source.m3u8", master, StringComparison.Ordinal);
        (string Name, int Width, int Height, double Fps)[] variants =
        [
            ("source", 1280, 720, 30),
            ("P240p30fps16x9", 426, 240, 30),
            ("P360p30fps16x9", 640, 360, 30),
        ];
        foreach (var (name, width, height, fps) in variants)
        {
            Assert.Contains($"{stream}/{name}.m3u8", master, StringComparison.Ordinal);
            var playlistUrl = new Uri(node.Gateway.Url, $"stream/{stream}/{name}.m3u8");
            var playlist = await http.GetStringAsync(playlistUrl);
            var segments = playlist.Split('\n').Where(l => l.EndsWith(".ts", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, segments.Count);

            var played = await ProbedMedia.ProbeAsync(playlistUrl.ToString());
            Assert.Equal(height, played.Height);
            Assert.InRange(played.Width, width - 2, width + 2);
            Assert.Equal(fps, played.FramesPerSecond, 0.01);

            double total = 0;
            foreach (var segment in segments)
            {
                var probed = await ProbedMedia.ProbeAsync(new Uri(playlistUrl, segment).ToString(), countFrames: true);
                Assert.Equal(height, probed.Height);
                total += probed.VideoFrames / fps;
            }
            Assert.InRange(total, ClipSeconds - 0.1, ClipSeconds + 0.1);
            var listed = playlist.Split('\n').Where(l => l.StartsWith("#EXTINF:", StringComparison.Ordinal))
                .Sum(l => double.Parse(l["#EXTINF:".Length..].TrimEnd(','), CultureInfo.InvariantCulture));
            Assert.InRange(listed, ClipSeconds - 0.2, ClipSeconds + 0.2);
        }
    }

    private static async Task<bool> CompleteAsync(HttpClient http, string stream)
    {
        foreach (var name in (string[])["source", "P240p30fps16x9", "P360p30fps16x9"])
        {
            using var response = await http.GetAsync(new Uri($"stream/{stream}/{name}.m3u8", UriKind.Relative));
            if (!response.IsSuccessStatusCode || (await response.Content.ReadAsStringAsync()).Split('\n').Count(l => l.EndsWith(".ts", StringComparison.Ordinal)) < 3)
            {
                return false;
            }
        }
        return true;
    }
}
