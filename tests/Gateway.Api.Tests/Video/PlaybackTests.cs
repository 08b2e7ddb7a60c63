using System.Net;
using Livepeer.NodeTestSupport;
using Livepeer.TestSupport.Media;

namespace Livepeer.Gateway.Api.Tests.Video;

[Collection(VideoNodeCollection.Name)]
public sealed class PlaybackTests(VideoNode node)
{
    [Fact]
    public async Task Pushed_segments_are_served_as_hls_with_go_livepeer_headers()
    {
        using var http = node.CreateClient();
        var stream = Push.NewStream("hls");
        var segment = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        for (int seq = 0; seq < 3; seq++)
        {
            using var request = Push.Request(stream, seq, segment, multipart: false);
            request.Headers.Add("Content-Resolution", "320x180");
            using var pushed = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        }

        using var master = await http.GetAsync(new Uri($"stream/{stream}.m3u8", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, master.StatusCode);
        Assert.Equal("application/x-mpegURL", master.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", master.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("max-age=5", master.Headers.CacheControl!.ToString());
        Assert.Equal(
            "#EXTM3U\n#EXT-X-VERSION:3\n"
            + $"#EXT-X-STREAM-INF:PROGRAM-ID=1,BANDWIDTH=4000000,RESOLUTION=320x180\n{stream}/source.m3u8\n"
            + $"#EXT-X-STREAM-INF:PROGRAM-ID=1,BANDWIDTH=600000,RESOLUTION=426x240\n{stream}/P240p30fps16x9.m3u8\n"
            + $"#EXT-X-STREAM-INF:PROGRAM-ID=1,BANDWIDTH=1200000,RESOLUTION=640x360\n{stream}/P360p30fps16x9.m3u8\n",
            await master.Content.ReadAsStringAsync());

        var media = await http.GetStringAsync(new Uri($"stream/{stream}/P360p30fps16x9.m3u8", UriKind.Relative));
        Assert.StartsWith("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-TARGETDURATION:", media, StringComparison.Ordinal);
        var durations = media.Split('\n').Where(l => l.StartsWith("#EXTINF:", StringComparison.Ordinal))
            .Select(l => double.Parse(l["#EXTINF:".Length..].TrimEnd(','), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, durations.Count);
        Assert.All(durations, d => Assert.InRange(d, 0.95, 1.1));
        Assert.Contains("P360p30fps16x9/2.ts\n", media, StringComparison.Ordinal);
        Assert.DoesNotContain("#EXT-X-ENDLIST", media, StringComparison.Ordinal);

        using var rendition = await http.GetAsync(new Uri($"stream/{stream}/P360p30fps16x9/2.ts", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, rendition.StatusCode);
        Assert.Equal("video/MP2T", rendition.Content.Headers.ContentType!.MediaType);
        var probed = await ProbedMedia.ProbeAsync(await rendition.Content.ReadAsByteArrayAsync(), ".ts");
        Assert.Equal(360, probed.Height);
        Assert.Equal(segment, await http.GetByteArrayAsync(new Uri($"stream/{stream}/source/1.ts", UriKind.Relative)));

        // ffprobe plays the whole thing through the master playlist.
        var played = await ProbedMedia.ProbeAsync(new Uri(node.Gateway.Url, $"stream/{stream}/P240p30fps16x9.m3u8").ToString());
        Assert.Equal(240, played.Height);
    }

    [Theory]
    [InlineData("stream/never-pushed.m3u8", "not found: no stream never-pushed")]
    [InlineData("stream/never-pushed/P240p30fps16x9.m3u8", "not found: stream never-pushed has no rendition P240p30fps16x9")]
    [InlineData("stream/never-pushed/P240p30fps16x9/4.ts", "not found: segment 4 of P240p30fps16x9 in stream never-pushed")]
    [InlineData("stream/a/b/c/d.ts", "names no playlist or segment")]
    public async Task Unknown_streams_renditions_and_segments_are_404(string path, string message)
    {
        using var http = node.CreateClient();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
