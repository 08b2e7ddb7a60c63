using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Livepeer.Bench.VideoPush;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport.Azurite;
using Livepeer.TestSupport.Media;

// End-to-end push latency through a real gateway API and silo in this process (offchain, memory grain state,
// segments in Azurite blobs), minus the time inside the transcoder: what our own path costs per segment.
// Usage: VideoPush [segments=40] [warmup=5] [width=1280] [height=720] [seconds=2]
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
int segments = Arg(0, 40), warmup = Arg(1, 5), width = Arg(2, 1280), height = Arg(3, 720), seconds = Arg(4, 2);

await using var azurite = await AzuriteServer.StartAsync(AzuriteServices.Blob);
var storage = new Dictionary<string, string?>
{
    ["Storage:ConnectionString"] = azurite.ConnectionString,
    ["Storage:MediaContainer"] = "bench" + Guid.NewGuid().ToString("N")[..16],
};
await using var silo = await InProcessSilo.StartAsync(EthKey.Generate().Address, new Dictionary<string, string?>(storage)
{
    ["Transcoder:X264Preset"] = "veryfast",
});
await using var gateway = await InProcessGatewayApi.StartAsync(silo, storage);
using var meters = new VideoMeterCapture();
var clip = await TestClips.MakeAsync("ts", string.Create(CultureInfo.InvariantCulture,
    $"-f lavfi -i testsrc2=size={width}x{height}:rate=30:duration={seconds} -f lavfi -i sine=duration={seconds} -c:v libx264 -preset veryfast -g 60 -c:a aac -f mpegts"));
using var http = gateway.CreateClient();
var stream = $"bench-{Guid.NewGuid():N}";
var samples = new List<PushSample>();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"pushing {warmup} + {segments} segments of {seconds} s {width}x{height} ({clip.Length} bytes) → P240p30fps16x9, P360p30fps16x9; Accept: multipart/mixed"));
for (int i = 0; i < warmup + segments; i++)
{
    meters.Clear();
    using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"live/{stream}/{i}.ts", UriKind.Relative)) { Content = new ByteArrayContent(clip) };
    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("multipart/mixed"));
    request.Headers.Add("Content-Duration", (seconds * 1000).ToString(CultureInfo.InvariantCulture));
    var started = Stopwatch.GetTimestamp();
    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"segment {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
    if (!meters.Transcodes.TryDequeue(out var transcode) || !meters.Segments.TryDequeue(out var grain))
    {
        throw new InvalidOperationException($"segment {i}: the silo recorded no transcode time");
    }
    if (i >= warmup)
    {
        samples.Add(new PushSample(elapsed, grain, transcode));
    }
}

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.OrderBy(v => v).ToArray();
    var rank = p * (sorted.Length - 1);
    int low = (int)Math.Floor(rank), high = (int)Math.Ceiling(rank);
    return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
}

void Row(string name, Func<PushSample, double> pick) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {name} | {Percentile(samples.Select(pick), 0.5):0.0} | {Percentile(samples.Select(pick), 0.95):0.0} | {samples.Min(pick):0.0} | {samples.Max(pick):0.0} |"));

Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine("| ms per segment | p50 | p95 | min | max |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
Row("end to end (client)", s => s.EndToEnd);
Row("transcoder", s => s.Transcode);
Row("**overhead** (end to end − transcoder)", s => s.Overhead);
Row("… gateway (HTTP, checks, multipart)", s => s.Gateway);
Row("… grains (selection, dispatch, storage)", s => s.Grains);
