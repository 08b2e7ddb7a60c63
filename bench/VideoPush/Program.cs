using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Numerics;
using System.Security.Cryptography;
using Livepeer.Bench.VideoPush;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Hosting;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Livepeer.TestSupport.Azurite;
using Livepeer.TestSupport.Media;
using Microsoft.Extensions.DependencyInjection;

// End-to-end push latency through a real gateway API and silo in this process, minus the time inside the transcoder:
// what our own path costs per segment, broken down by the spans the path records (Livepeer.Push).
// Usage: VideoPush [segments=40] [warmup=5] [width=1280] [height=720] [seconds=2] [paid|offchain=paid] [table|memory=table] [price=1200] [separate|shared=separate]
//   paid: tickets on an in-memory chain at price wei per pixel and the default ticket EV (8 gwei): at 1200 wei/pixel
//   (about what orchestrators ask on Arbitrum) 3 tickets for a 2 s 720p segment into 240p + 360p, 2 for 1 s;
//   table: grain state in Azure Table (Azurite), as a production silo; memory: Orleans memory storage.
//   separate: blobs and tables in two Azurite processes, as Azure's blob and table services are separate; shared: one
//   Azurite (one Node.js event loop) for both, where the segment uploads delay the grain state writes.
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
int segments = Arg(0, 40), warmup = Arg(1, 5), width = Arg(2, 1280), height = Arg(3, 720), seconds = Arg(4, 2);
bool paid = (args.Length > 5 ? args[5] : "paid") switch { "paid" => true, "offchain" => false, var m => throw new ArgumentException($"mode must be paid or offchain, not {m}") };
long price = args.Length > 7 ? long.Parse(args[7], CultureInfo.InvariantCulture) : 1200;
bool table = (args.Length > 6 ? args[6] : "table") switch { "table" => true, "memory" => false, var s => throw new ArgumentException($"storage must be table or memory, not {s}") };

bool separate = (args.Length > 8 ? args[8] : "separate") switch { "separate" => true, "shared" => false, var a => throw new ArgumentException($"azurite must be separate or shared, not {a}") };

await using var azurite = await AzuriteServer.StartAsync(separate ? AzuriteServices.Blob : AzuriteServices.Blob | AzuriteServices.Table);
await using var tables = separate ? await AzuriteServer.StartAsync(AzuriteServices.Table) : null;
var connection = tables is null ? azurite.ConnectionString : $"{azurite.ConnectionString.TrimEnd(';')};TableEndpoint={tables.TableEndpoint};";
var unique = Guid.NewGuid().ToString("N")[..16];
var storage = new Dictionary<string, string?>
{
    ["Storage:ConnectionString"] = connection,
    ["Storage:MediaContainer"] = "bench" + unique,
};
var siloSettings = new Dictionary<string, string?>(storage)
{
    ["Transcoder:X264Preset"] = "veryfast",
    ["Logging:LogLevel:Default"] = "Warning",
};
if (table)
{
    siloSettings["Storage:GrainStorage"] = "AzureTable";
    siloSettings["Storage:GrainStateTable"] = "bench" + unique;
}
var orchestrator = paid ? new EthAddress(RandomNumberGenerator.GetBytes(EthAddress.Length)) : EthKey.Generate().Address;
Action<IServiceCollection>? services = null;
if (paid)
{
    var chain = new InMemoryChain(roundLength: 1_000_000, startBlock: 5_000_000);
    var gatewayKey = EthKey.Generate();
    chain.RegisterTranscoder(orchestrator, stake: 1_000);
    chain.FundDepositAndReserve(gatewayKey.Address, BigInteger.Pow(10, 24), BigInteger.Pow(10, 24));
    services = s =>
    {
        s.AddSingleton<ILivepeerChain>(chain);
        s.AddGatewaySigner(_ => gatewayKey);
    };
}
await using var silo = await InProcessSilo.StartAsync(orchestrator, siloSettings, services);
if (paid)
{
    var prices = silo.Grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex());
    var problems = await prices.SetPrices(new PriceBook(new PriceEntry(null, null, null, price, 1), AutoAdjust: false, []));
    if (problems.Count > 0)
    {
        throw new InvalidOperationException(string.Join("; ", problems));
    }
}
await using var gateway = await InProcessGatewayApi.StartAsync(silo, new Dictionary<string, string?>(storage) { ["Logging:LogLevel:Default"] = "Warning" });
using var meters = new VideoMeterCapture();
using var spans = new PushSpans();
var clip = await TestClips.MakeAsync("ts", string.Create(CultureInfo.InvariantCulture,
    $"-f lavfi -i testsrc2=size={width}x{height}:rate=30:duration={seconds} -f lavfi -i sine=duration={seconds} -c:v libx264 -preset veryfast -g 60 -c:a aac -f mpegts"));
using var http = gateway.CreateClient();
var stream = $"bench-{Guid.NewGuid():N}";
var samples = new List<PushSample>();
var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"pushing {warmup} + {segments} segments of {seconds} s {width}x{height} ({clip.Length} bytes) → P240p30fps16x9, P360p30fps16x9; Accept: multipart/mixed; {(paid ? $"paid ({price} wei/pixel, tickets)" : "offchain")}; grain state in {(table ? "Azure Table (Azurite)" : "memory")}; {(separate ? "blob and table Azurite apart" : "one Azurite")}"));
var paceStart = Stopwatch.GetTimestamp();
var gc0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
// VP_PACE=1 sends segment i at i × its duration, as ffmpeg -re does, instead of back to back.
bool paced = Environment.GetEnvironmentVariable("VP_PACE") == "1";
for (int i = 0; i < warmup + segments; i++)
{
    if (paced)
    {
        var due = TimeSpan.FromSeconds(i * seconds) - Stopwatch.GetElapsedTime(paceStart);
        if (due > TimeSpan.Zero) await Task.Delay(due);
    }
    meters.Clear();
    spans.Clear();
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
    // The spans of this segment end with the answer, except the stores that follow it (reported apart).
    var taken = spans.Take();
    if (i >= warmup)
    {
        samples.Add(new PushSample(elapsed, grain, transcode, taken));
    }
}
Console.WriteLine($"GC: gen0 {GC.CollectionCount(0)-gc0.Item1} gen1 {GC.CollectionCount(1)-gc0.Item2} gen2 {GC.CollectionCount(2)-gc0.Item3} pause {(GC.GetTotalPauseDuration()-gc0.Item4).TotalMilliseconds} ms; server {System.Runtime.GCSettings.IsServerGC} latency {System.Runtime.GCSettings.LatencyMode}");
// Let the last segment's stores finish so their span is counted too.
await Task.Delay(500);
spans.Take();
if (paid)
{
    var session = await silo.Grains.GetGrain<IOrchestratorSessionGrain>($"{stream}/{orchestrator.ToLowerHex()}").GetSnapshot();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"paid session: {session.Calls} calls, {session.TicketsSent} tickets sent"));
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

Console.WriteLine($"load average before: {loadBefore}; after: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine("| ms per segment | p50 | p95 | min | max |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
Row("end to end (client)", s => s.EndToEnd);
Row("transcoder", s => s.Transcode);
Row("**overhead** (end to end − transcoder)", s => s.Overhead);
Row("… gateway (HTTP, checks, multipart)", s => s.Gateway);
Row("… grains (selection, payment, dispatch)", s => s.Grains);

// Stages: span totals, and what lies between a span and the spans inside it. Means add up to the mean overhead.
double S(PushSample s, string name) => s.Span(name);
var stages = new List<(string Name, string[] Needs, Func<PushSample, double> Pick)>
{
    ("gateway: HTTP in and out, routing, header checks", ["gateway.grain-call"], s => s.EndToEnd - S(s, "gateway.read-body") - S(s, "gateway.probe") - S(s, "gateway.grain-call") - S(s, "gateway.respond")),
    ("gateway: body read", ["gateway.read-body"], s => S(s, "gateway.read-body")),
    ("gateway: structural probe", ["gateway.probe"], s => S(s, "gateway.probe")),
    ("gateway: multipart answer", ["gateway.respond"], s => S(s, "gateway.respond")),
    ("Orleans client ⇄ silo hop (segment in, renditions out)", ["gateway.grain-call", "stream.process"], s => S(s, "gateway.grain-call") - S(s, "stream.process")),
    ("stream: session begin / refresh signal", ["stream.begin"], s => S(s, "stream.begin")),
    ("stream: directory snapshot + selection", ["stream.select"], s => S(s, "stream.select")),
    ("stream: report success to the directory", ["stream.report-success"], s => S(s, "stream.report-success")),
    ("stream: the rest (source upload start, result, metrics)", ["stream.process", "stream.attempt"], s => S(s, "stream.process") - S(s, "stream.begin") - S(s, "stream.select") - S(s, "stream.attempt") - S(s, "stream.report-success")),
    ("attempt: output check, calls around the session", ["stream.attempt", "session.pay-and-call"], s => S(s, "stream.attempt") - S(s, "session.pay-and-call")),
    ("offchain dispatch: runner, job handler, transcoder grain hop", ["stream.attempt", "transcoder.transcode"], s => s.Has("session.pay-and-call") ? 0 : S(s, "stream.attempt") - S(s, "transcoder.slot-wait") - S(s, "transcoder.transcode")),
    ("session: round", ["session.round"], s => S(s, "session.round")),
    ("session: reserve ticket nonces (sender grain + its write)", ["session.pay-and-call"], s => S(s, "session.reserve-tickets")),
    ("session: sign tickets + payment header", ["session.pay-and-call"], s => S(s, "session.sign")),
    ("session: state write (on the answer path)", ["session.write-state"], s => S(s, "session.write-state")),
    ("session: the rest (balance, fee)", ["session.pay-and-call"], s => S(s, "session.pay-and-call") - S(s, "session.round") - S(s, "session.reserve-tickets") - S(s, "session.sign") - S(s, "session.transport") - S(s, "session.write-state")),
    ("orchestrator: accept payment (receiver grain)", ["orchestrator.accept-payment"], s => S(s, "orchestrator.accept-payment") - S(s, "receiver.verify") - S(s, "receiver.write-state")),
    ("orchestrator: … ticket checks (signature recovery)", ["orchestrator.accept-payment"], s => S(s, "receiver.verify")),
    ("orchestrator: … receiver state write", ["orchestrator.accept-payment"], s => S(s, "receiver.write-state")),
    ("orchestrator: paid-work grain hop", ["orchestrator.run", "work.job"], s => S(s, "orchestrator.run") - S(s, "work.job") - S(s, "receiver.debit")),
    ("orchestrator: debit (receiver grain + its write)", ["receiver.debit"], s => S(s, "receiver.debit")),
    ("orchestrator: fresh quote", ["orchestrator.quote"], s => S(s, "orchestrator.quote")),
    ("orchestrator: transport, the rest", ["session.transport"], s => S(s, "session.transport") - S(s, "orchestrator.accept-payment") - S(s, "orchestrator.run") - S(s, "orchestrator.quote")),
    ("job handler + transcoder grain hop", ["work.job"], s => S(s, "work.job") - S(s, "transcoder.slot-wait") - S(s, "transcoder.transcode")),
    ("transcode slot wait", ["transcoder.slot-wait"], s => S(s, "transcoder.slot-wait")),
    ("span vs meter difference (transcoder)", ["transcoder.transcode"], s => S(s, "transcoder.transcode") - s.Transcode),
};
if (samples.Any(s => s.Spans.Count > 0))
{
    Console.WriteLine();
    Console.WriteLine("| stage (ms per segment) | p50 | p95 | mean |");
    Console.WriteLine("| --- | ---: | ---: | ---: |");
    double total = 0;
    foreach (var (name, needs, pick) in stages)
    {
        if (!samples.All(s => needs.All(s.Has)))
        {
            continue;
        }
        var mean = samples.Average(pick);
        total += mean;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Percentile(samples.Select(pick), 0.5):0.00} | {Percentile(samples.Select(pick), 0.95):0.00} | {mean:0.00} |"));
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sum of means (= mean overhead {samples.Average(s => s.Overhead):0.00}) | | | {total:0.00} |"));
    var besideWork = samples.Where(s => s.Has("receiver.write-beside-work")).Select(s => s.Span("receiver.write-beside-work")).ToList();
    if (besideWork.Count > 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"beside the transcode: receiver.write-beside-work (accepted tickets) p50 {Percentile(besideWork, 0.5):0.0} ms, p95 {Percentile(besideWork, 0.95):0.0} ms over {besideWork.Count} segments"));
    }
    var stores = samples.Where(s => s.Has("stream.store")).Select(s => s.Span("stream.store")).ToList();
    if (stores.Count > 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after the answer: stream.store (blob uploads + playlist state write) p50 {Percentile(stores, 0.5):0.0} ms, p95 {Percentile(stores, 0.95):0.0} ms over {stores.Count} segments"));
    }
}
