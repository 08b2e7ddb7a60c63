using System.Net;
using Livepeer.NodeTestSupport;
using Livepeer.TestSupport.Media;

namespace Livepeer.Gateway.Api.Tests.Video;

[Collection(VideoNodeCollection.Name)]
public sealed class PushTests(VideoNode node)
{
    [Fact]
    public async Task A_push_with_accept_multipart_returns_one_part_per_rendition_with_the_spec_headers()
    {
        using var http = node.CreateClient();
        var segment = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        using var request = Push.Request(Push.NewStream("multipart"), 7, segment);
        request.Headers.Add("Content-Resolution", "320x180");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = await MultipartParts.ReadAsync(response);

        Assert.Equal(["P240p30fps16x9", "P360p30fps16x9"], parts.Select(p => p.Headers["Rendition-Name"].ToString()));
        (string Name, int Height)[] expected = [("P240p30fps16x9", 240), ("P360p30fps16x9", 360)];
        for (int i = 0; i < parts.Count; i++)
        {
            var (headers, body) = parts[i];
            var file = $"{expected[i].Name}_7.ts";
            Assert.Equal($"video/MP2T; name=\"{file}\"", headers["Content-Type"].ToString());
            Assert.Equal($"attachment; filename=\"{file}\"", headers["Content-Disposition"].ToString());
            Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), headers["Content-Length"].ToString());
            var probed = await ProbedMedia.ProbeAsync(body, ".ts");
            Assert.Equal("h264", probed.VideoCodec);
            Assert.Equal(expected[i].Height, probed.Height);
            Assert.InRange(probed.Width, expected[i].Height * 16 / 9 - 2, expected[i].Height * 16 / 9 + 2);
            Assert.Equal(30, probed.FramesPerSecond, 0.01);
            Assert.InRange(probed.DurationSeconds, 0.9, 1.1);
        }
    }

    [Fact]
    public async Task Without_accept_multipart_the_answer_is_an_empty_200_and_mp4_comes_back_as_mp4()
    {
        using var http = node.CreateClient();
        var stream = Push.NewStream("plain");
        using var plain = await http.SendAsync(Push.Request(stream, 0, await TestClips.SegmentAsync(), multipart: false));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(await plain.Content.ReadAsByteArrayAsync());

        var configuration = """{"profiles":[{"name":"small","width":192,"height":108,"bitrate":300000,"fps":15}]}""";
        using var mp4 = await http.SendAsync(Push.Request(Push.NewStream("mp4"), 3, await TestClips.SegmentAsync(mp4: true), ".mp4", configuration: configuration));
        Assert.Equal(HttpStatusCode.OK, mp4.StatusCode);
        var text = await mp4.Content.ReadAsStringAsync();
        Assert.Contains("Content-Type: video/mp4; name=\"small_3.mp4\"", text, StringComparison.Ordinal);
        Assert.Contains("Rendition-Name: small", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?, int, string> BadRequests => new()
    {
        { "random bytes", "random", null, 422, "not an MPEG-TS segment" },
        { "truncated at the start", "cut-start", null, 422, "not an MPEG-TS segment" },
        { "tables without pictures", "tables-only", null, 422, "" },
        { "empty body", "empty", null, 422, "the segment is empty (0 bytes)" },
        { "over the size limit", "huge", null, 413, $"the segment is larger than the limit of {VideoNode.MaxSegmentBytes} bytes (Video:MaxSegmentBytes)" },
        { "bad profile JSON", "good", """{"profiles":[{"width":640,"height":"360"}]}""", 400, "failed to parse transcode config header: profiles[0]: \"height\" must be a whole number, got \"360\"" },
        { "not JSON", "good", "{profiles", 400, "failed to parse transcode config header: not valid JSON" },
        { "unknown preset", "good", """{"presets":["P4K"]}""", 400, "unknown preset \"P4K\"" },
        { "unsupported encoder", "good", """{"profiles":[{"width":640,"height":360,"bitrate":1000000,"encoder":"VP9"}]}""", 400, "rendition \"custom_640x360_1000000\": encoder VP9 is not supported" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_the_spec_status_and_a_clear_message(string what, string body, string? configuration, int status, string message)
    {
        using var http = node.CreateClient();
        using var response = await http.SendAsync(Push.Request(Push.NewStream("bad"), 1, await BodyAsync(body), configuration: configuration));

        Assert.True((int)response.StatusCode == status, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.True(text.Trim().Length > 10, $"{what}: the message \"{text}\" says too little");
    }

    [Fact]
    public async Task An_audio_only_segment_is_copied_into_every_rendition()
    {
        using var http = node.CreateClient();
        var audio = await TestClips.AudioOnlyAsync();
        using var response = await http.SendAsync(Push.Request(Push.NewStream("audio"), 0, audio));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = await MultipartParts.ReadAsync(response);
        Assert.Equal(["P240p30fps16x9", "P360p30fps16x9"], parts.Select(p => p.Headers["Rendition-Name"].ToString()));
        Assert.All(parts, p => Assert.Equal(audio, p.Body));
    }

    [Theory]
    [InlineData("GET", "live/x/0.ts", 405, "method GET is not allowed here; push segments with POST or PUT")]
    [InlineData("DELETE", "live/x/0.ts", 405, "method DELETE is not allowed here")]
    [InlineData("PUT", "live/x/index.m3u8", 400, "ignoring file extension: .m3u8")]
    [InlineData("POST", "live/x/0.flv", 400, "ignoring file extension: .flv")]
    [InlineData("PUT", "live//0.ts", 400, "Bad URL")]
    public async Task Methods_and_paths_are_checked_first(string method, string path, int status, string message)
    {
        using var http = node.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "PUT" or "POST")
        {
            request.Content = new ByteArrayContent([1, 2, 3]);
        }
        using var response = await http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        if (status == 405)
        {
            Assert.Equal("POST, PUT", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.GetValues("Allow")));
        }
    }

    [Fact]
    public async Task Slicing_and_bad_headers_are_refused_with_400()
    {
        using var http = node.CreateClient();
        var segment = await TestClips.SegmentAsync();
        foreach (var (header, value, message) in new[]
        {
            ("Content-Slice-From", "900", "Invalid slice config"),
            ("Content-Duration", "300001", "Content-Duration must be between 0 and 300000 milliseconds, got 300001"),
            ("Content-Resolution", "wide", "Content-Resolution must be WIDTHxHEIGHT"),
        })
        {
            using var request = Push.Request(Push.NewStream("headers"), 0, segment);
            request.Headers.Remove(header);
            request.Headers.Add(header, value);
            if (header == "Content-Slice-From")
            {
                request.Headers.Add("Content-Slice-To", "100");
            }
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task After_200_malformed_segments_a_good_one_still_succeeds()
    {
        using var http = node.CreateClient();
        var stream = Push.NewStream("malformed");
        string[] kinds = ["random", "cut-start", "empty", "tables-only", "garbled"];
        var statuses = new Dictionary<int, int>();
        for (int i = 0; i < 200; i++)
        {
            using var response = await http.SendAsync(Push.Request(stream, i, await BodyAsync(kinds[i % kinds.Length], seed: i), multipart: false));
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            Assert.True((int)response.StatusCode is 422, $"malformed segment {i} ({kinds[i % kinds.Length]}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using var good = await http.SendAsync(Push.Request(stream, 200, await TestClips.SegmentAsync()));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("Rendition-Name: P360p30fps16x9", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<byte[]> BodyAsync(string kind, int seed = 1)
    {
        var good = await TestClips.SegmentAsync();
        var rng = new Random(seed);
        switch (kind)
        {
            case "good":
                return good;
            case "empty":
                return [];
            case "random":
                var random = new byte[4096 + rng.Next(4096)];
                rng.NextBytes(random);
                random[0] = 0x00;
                return random;
            case "cut-start":
                return good[(188 * 3 + 17)..];
            case "tables-only":
                return good[..(188 * 3)];
            case "garbled":
                // Program tables intact, every picture replaced by noise: only decoding can tell.
                var garbled = good.ToArray();
                rng.NextBytes(garbled.AsSpan(4 * 188));
                for (int at = 4 * 188; at < garbled.Length; at += 188)
                {
                    garbled[at] = 0x47;
                }
                return garbled;
            case "huge":
                return new byte[VideoNode.MaxSegmentBytes + 1];
            default:
                throw new ArgumentException($"unknown body kind {kind}", nameof(kind));
        }
    }
}
