using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.JsonRpc;
using Livepeer.DevChain.Accounts;
using Livepeer.DevChain.Deployment;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Media.Inference;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Livepeer.TestSupport.Ganache;
using Livepeer.TestSupport.Media;
using Xunit.Abstractions;

namespace Livepeer.Wire.Tests.Deployments;

/// <summary>
/// Issue 7, done-when 1: two deployments on one machine, each its own silo and gateway API processes on their own
/// ports and tables, against one dev chain. A is gateway only (no orchestrator of its own, no GPU silo; it finds B
/// through the chain's ServiceRegistry); B is orchestrator only (its GPU silo transcodes and runs the models, its
/// gateway API serves the wire protocol). Work pushed to A's HTTP API is carried to B over the wire and paid with
/// tickets; both sides then agree on every balance, and B redeems the winners on chain for exactly their face values.
/// </summary>
public sealed class TwoDeploymentsTests(AzuriteAllServicesFixture azurite, GanacheFixture ganache, ITestOutputHelper output)
    : IClassFixture<AzuriteAllServicesFixture>, IClassFixture<GanacheFixture>, IAsyncLifetime
{
    /// <summary>Each ticket's EV; with face value 1.25 × EV, 4 in 5 tickets win.</summary>
    private static readonly BigInteger TicketEV = BigInteger.Pow(10, 15);

    private static readonly BigInteger MaxFaceValue = TicketEV * 5 / 4;

    /// <summary>Wei per output pixel: a 2 s segment into 240p and 360p (about 2e7 pixels) pays about one ticket's EV.</summary>
    private const long PricePerPixel = 50_000_000;

    /// <summary>Wei per input pixel of image-to-text and upscale: one image is a ticket or two.</summary>
    private const long ImageToTextPrice = 50_000_000_000;

    private const long UpscalePrice = 200_000_000_000;

    private const string TranscodeConfigurationHeader = "Livepeer-Transcode-Configuration";

    /// <summary>Four times go-livepeer's segment timeouts: B runs on a machine shared with other test runs.</summary>
    private const string TranscodeConfiguration = "{\"timeoutMultiplier\":4}";

    private readonly string _folder = Directory.CreateTempSubdirectory("livepeer-two-deployments-").FullName;
    private readonly List<Deployment> _deployments = [];

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_gateway_only_deployment_buys_transcoding_and_ai_from_an_orchestrator_only_deployment_over_the_wire_and_the_winners_are_redeemed()
    {
        int wirePort = LoopbackPorts.Unused();
        var wireUrl = string.Create(CultureInfo.InvariantCulture, $"https://127.0.0.1:{wirePort}");
        // The dev chain as `lpctl devchain deploy` leaves it: gateway (#1) funded, orchestrator (#2) registered and active,
        // its ServiceRegistry URI B's wire port.
        var deployment = await DevChainDeployer.DeployAsync(new DevChainDeployOptions { RpcUrl = ganache.Url, RoundLength = 1_000, ServiceUri = wireUrl });
        var deploymentFile = Path.Combine(_folder, "deployment.json");
        await File.WriteAllTextAsync(deploymentFile, deployment.ToJson());
        var keyFile = Path.Combine(_folder, "orchestrator.key");
        await File.WriteAllTextAsync(keyFile, DevChainAccounts.OrchestratorKeyHex);
        using var rpcHttp = new HttpClient();
        var eth = new EthClient(new JsonRpcClient(rpcHttp, new JsonRpcOptions { Url = ganache.Url }));
        var depositBefore = await DepositAsync(eth, deployment);
        Assert.Equal(deployment.Deposit, depositBefore);

        var chain = new Dictionary<string, string>
        {
            ["Chain:Network"] = "dev",
            ["Chain:RpcUrl"] = ganache.Url.ToString(),
            ["Chain:DeploymentFile"] = deploymentFile,
            ["Livepeer:ChainWatcher:PollInterval"] = "00:00:00.500",
        };
        var b = await StartAsync("orch", new Dictionary<string, string>(chain)
        {
            ["Orchestrator:Address"] = deployment.Orchestrator.ToString(),
            ["Orchestrator:ServiceUri"] = wireUrl,
            ["Silo:Gpu"] = "true",
            ["Inference:UseCuda"] = "false",
            ["Inference:ModelsDirectory"] = StandardModels.PaddleOcrDirectory(RepoPaths.Root),
            ["Payments:TicketEV"] = TicketEV.ToString(CultureInfo.InvariantCulture),
            ["Payments:MaxFaceValue"] = MaxFaceValue.ToString(CultureInfo.InvariantCulture),
        }, new Dictionary<string, string>
        {
            ["OrchestratorWire:Enabled"] = "true",
            ["OrchestratorWire:Url"] = wireUrl,
            ["OrchestratorWire:Orchestrator"] = deployment.Orchestrator.ToString(),
            ["OrchestratorWire:SigningKeyFile"] = keyFile,
            ["OrchestratorWire:DataDirectory"] = Path.Combine(_folder, "wire"),
        });
        await SetPricesAsync(b, deployment.Orchestrator);

        var a = await StartAsync("gw", new Dictionary<string, string>(chain)
        {
            // Gateway only: no orchestrator of its own, no GPU silo, and so, by default, no transactions of its own
            // (B initializes rounds).
            ["Orchestrator:Enabled"] = "false",
            ["Silo:Gpu"] = "false",
            ["Livepeer:Discovery:OnChain"] = "true",
            ["Livepeer:Discovery:RefreshInterval"] = "00:00:02",
            ["Livepeer:Ai:SessionsPerOrchestrator"] = "1",
            ["Payments:MaxTicketEV"] = (TicketEV * 2).ToString(CultureInfo.InvariantCulture),
            ["Payments:MaxTotalEV"] = (TicketEV * 100).ToString(CultureInfo.InvariantCulture),
        }, new Dictionary<string, string>());

        using var http = a.CreateClient();
        var stream = UniqueNames.Id("two");
        var first = UniqueNames.Id("first");
        await WaitForDiscoveryAsync(a, http, first);
        await PushAndPlayAsync(a, http, stream);
        await RunAiAsync(http);

        // Exactly what A paid is what B credited: per session, A's balance (credit sent less fees charged) is B's.
        await using var aCluster = await ClusterProbe.ConnectAsync(a);
        await using var bCluster = await ClusterProbe.ConnectAsync(b);
        var orchestrator = deployment.Orchestrator.ToLowerHex();
        var receiver = bCluster.Grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(deployment.Orchestrator, deployment.Gateway));
        long ticketsSent = 0;
        // B keys a segment's balance by the auth-token session, an AI request's by "{capability}_{model}" (no model
        // named: the pipeline's default), as go-livepeer does; A keys both by its session.
        var sessions = new (string A, string? B)[]
        {
            ($"{first}/{orchestrator}", null),
            ($"{stream}/{orchestrator}", null),
            ($"ai/{orchestrator}/{Capability.ImageToText}/*/0", $"{Capability.ImageToText}_"),
            ($"ai/{orchestrator}/{Capability.Upscale}/*/0", $"{Capability.Upscale}_"),
        };
        foreach (var (key, bKey) in sessions)
        {
            var snapshot = await aCluster.Grains.GetGrain<IOrchestratorSessionGrain>(key).GetSnapshot();
            Assert.True(snapshot.IsOpen, $"A has no session {key}");
            Assert.Equal(deployment.Orchestrator, snapshot.Orchestrator);
            Assert.True(snapshot.TicketsSent > 0, $"session {key} sent no tickets");
            Assert.True(snapshot.Balance.Sign >= 0, $"session {key} owes {snapshot.Balance}");
            var received = await receiver.GetBalance(bKey ?? snapshot.AuthSessionId!);
            Assert.True(snapshot.Balance == received, $"session {key}: A holds {snapshot.Balance} of credit, B {received} (B's key {bKey ?? snapshot.AuthSessionId})");
            ticketsSent += snapshot.TicketsSent;
        }
        Assert.Equal(ticketsSent, await b.SiloMetricAsync("livepeer_tickets_received_total", "result=\"credited\""));
        Assert.Equal(0, await b.SiloMetricAsync("livepeer_tickets_received_total", "result=\"refused\""));

        // B did the work, A none: B's silo timed transcodes and inferences; A has no GPU silo and timed nothing.
        Assert.True(await b.SiloMetricAsync("livepeer_transcode_duration_seconds_count") >= 3, "B transcoded fewer than 3 segments");
        Assert.True(await b.SiloMetricAsync("livepeer_inference_duration_seconds_count", "image-to-text") >= 1, "B ran no image-to-text");
        Assert.True(await b.SiloMetricAsync("livepeer_inference_duration_seconds_count", "upscale") >= 1, "B ran no upscale");
        Assert.Equal(0, await a.SiloMetricAsync("livepeer_transcode_duration_seconds_count"));
        Assert.Equal(0, await a.SiloMetricAsync("livepeer_inference_duration_seconds_count"));
        Assert.Equal(0, await a.SiloMetricAsync("livepeer_silo_gpu"));
        Assert.Equal(1, await b.SiloMetricAsync("livepeer_silo_gpu"));
        Assert.Equal(0, await a.SiloMetricAsync("livepeer_tickets_received_total"));

        // Winners: B redeems each once its params expired; the gateway's deposit drops by exactly their face values.
        using var bHttp = b.CreateClient();
        var redemptions = new Uri($"admin/orchestrators/{deployment.Orchestrator}/redemptions", UriKind.Relative);
        var queue = await ReadQueueAsync(bHttp, redemptions);
        int winners = queue.GetProperty("pending").GetInt32();
        Assert.True(winners > 0, $"no winner among {ticketsSent} tickets at win probability 4/5");
        // Nothing is redeemed while the params are valid: no block has been mined since they were issued.
        Assert.Equal(0, queue.GetProperty("redeemed").GetInt32());
        Assert.Equal(depositBefore, await DepositAsync(eth, deployment));
        Assert.Equal(winners, await b.SiloMetricAsync("livepeer_tickets_won_total"));
        var expiration = queue.GetProperty("tickets").EnumerateArray().Max(t => long.Parse(t.GetProperty("paramsExpirationBlock").GetString()!, CultureInfo.InvariantCulture));
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (queue.GetProperty("redeemed").GetInt32() < winners)
        {
            Assert.True(DateTime.UtcNow < deadline, $"not every winner was redeemed within 120 s: {queue}");
            Assert.Equal(0, queue.GetProperty("failed").GetInt32());
            if (await eth.BlockNumberAsync() < expiration)
            {
                await eth.Rpc.CallAsync("evm_mine", []);
            }
            await Task.Delay(500);
            queue = await ReadQueueAsync(bHttp, redemptions);
        }
        Assert.Equal(0, queue.GetProperty("pending").GetInt32());
        Assert.Equal(0, queue.GetProperty("failed").GetInt32());
        BigInteger redeemed = BigInteger.Zero;
        foreach (var ticket in queue.GetProperty("tickets").EnumerateArray())
        {
            Assert.Equal("redeemed", ticket.GetProperty("status").GetString());
            Assert.Equal(deployment.Gateway.ToString(), ticket.GetProperty("sender").GetString());
            var faceValue = BigInteger.Parse(ticket.GetProperty("faceValue").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(MaxFaceValue, faceValue);
            Assert.Equal(faceValue, BigInteger.Parse(ticket.GetProperty("amountPaid").GetString()!, CultureInfo.InvariantCulture));
            redeemed += faceValue;
        }
        Assert.Equal(depositBefore - redeemed, await DepositAsync(eth, deployment));
    }

    public async Task DisposeAsync()
    {
        for (int i = _deployments.Count - 1; i >= 0; i--)
        {
            var deployment = _deployments[i];
            await deployment.DisposeAsync();
            // Shown with a failure: what each process logged.
            output.WriteLine($"===== {deployment.Silo?.Name} =====\n{deployment.Silo?.Tail(300)}\n===== {deployment.Api?.Name} =====\n{deployment.Api?.Tail(300)}");
        }
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<Deployment> StartAsync(string name, Dictionary<string, string> silo, Dictionary<string, string> api)
    {
        var deployment = await Deployment.StartAsync(name, azurite.ConnectionString, silo, api);
        _deployments.Add(deployment);
        return deployment;
    }

    private static async Task SetPricesAsync(Deployment b, EthAddress orchestrator)
    {
        using var http = b.CreateClient();
        var book = string.Create(CultureInfo.InvariantCulture, $$"""
            {"basePricePerPixel": "{{PricePerPixel}}", "autoAdjust": false, "capabilities": [
              {"capability": "image-to-text", "pricePerUnit": "{{ImageToTextPrice}}"},
              {"capability": "upscale", "pricePerUnit": "{{UpscalePrice}}"}]}
            """);
        using var response = await http.PutAsync(new Uri($"admin/orchestrators/{orchestrator}/prices", UriKind.Relative),
            new StringContent(book, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"PUT prices: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    // ffmpeg pushes a 6 s stream to A as HLS (three 2 s segments); A answers each with B's renditions, and the
    // stream plays back from A as HLS with the source and both default renditions.
    private static async Task PushAndPlayAsync(Deployment a, HttpClient http, string stream)
    {
        var live = new Uri(a.ApiUrl, $"live/{stream}/");
        await TestClips.RunAsync("ffmpeg", string.Create(CultureInfo.InvariantCulture,
            $"-hide_banner -loglevel error -f lavfi -i testsrc2=size=640x360:rate=30 -f lavfi -i sine -t 6 -c:v libx264 -preset ultrafast -g 60 -c:a aac -f hls -hls_time 2 -method PUT -headers \"{TranscodeConfigurationHeader}: {TranscodeConfiguration.Replace("\"", "\\\"", StringComparison.Ordinal)}\" -hls_segment_filename {live}%d.ts {live}index.m3u8"),
            TimeSpan.FromMinutes(3));
        (string Name, int Height)[] variants = [("source", 360), ("P240p30fps16x9", 240), ("P360p30fps16x9", 360)];
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (!await HasSegmentsAsync(http, stream, variants.Select(v => v.Name), 3))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the stream did not get 3 segments in every rendition within 180 s. A's silo:\n{a.Silo.Tail()}");
            await Task.Delay(500);
        }
        var master = await http.GetStringAsync(new Uri($"stream/{stream}.m3u8", UriKind.Relative));
        foreach (var (name, height) in variants)
        {
            Assert.Contains($"{stream}/{name}.m3u8", master, StringComparison.Ordinal);
            var playlistUrl = new Uri(a.ApiUrl, $"stream/{stream}/{name}.m3u8");
            var played = await ProbedMedia.ProbeAsync(playlistUrl.ToString());
            Assert.Equal(height, played.Height);
            var playlist = await http.GetStringAsync(playlistUrl);
            foreach (var segment in playlist.Split('\n').Where(l => l.EndsWith(".ts", StringComparison.Ordinal)))
            {
                var probed = await ProbedMedia.ProbeAsync(new Uri(playlistUrl, segment).ToString(), countFrames: true);
                Assert.Equal(height, probed.Height);
                Assert.InRange(probed.VideoFrames, 59, 61);
            }
        }
    }

    // A lists B once its discovery has read the chain and B has quoted it; until then a push finds no orchestrator.
    // The first segment is a stream of its own: B's first paid call activates its grains, which on a busy machine
    // takes longer than the 2 s a 2 s segment's upload gets, hence the timeout multiplier on every push.
    private static async Task WaitForDiscoveryAsync(Deployment a, HttpClient http, string stream)
    {
        var segment = await TestClips.SegmentAsync(seconds: 2, width: 640, height: 360);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"live/{stream}/0.ts", UriKind.Relative)) { Content = new ByteArrayContent(segment) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("multipart/mixed"));
            request.Headers.Add(TranscodeConfigurationHeader, TranscodeConfiguration);
            request.Content.Headers.Add("Content-Duration", "2000");
            using var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var body = await response.Content.ReadAsByteArrayAsync();
                var text = Encoding.Latin1.GetString(body);
                Assert.Contains("Rendition-Name: P240p30fps16x9", text, StringComparison.Ordinal);
                Assert.Contains("Rendition-Name: P360p30fps16x9", text, StringComparison.Ordinal);
                return;
            }
            var error = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"first segment: {(int)response.StatusCode} {error}");
            Assert.True(DateTime.UtcNow < deadline, $"A found no orchestrator within 90 s ({error}). A's silo:\n{a.Silo.Tail()}");
            await Task.Delay(1000);
        }
    }

    private static async Task<bool> HasSegmentsAsync(HttpClient http, string stream, IEnumerable<string> renditions, int count)
    {
        foreach (var name in renditions)
        {
            using var response = await http.GetAsync(new Uri($"stream/{stream}/{name}.m3u8", UriKind.Relative));
            if (!response.IsSuccessStatusCode
                || (await response.Content.ReadAsStringAsync()).Split('\n').Count(l => l.EndsWith(".ts", StringComparison.Ordinal)) < count)
            {
                return false;
            }
        }
        return true;
    }

    // OCR of a rendered text image, and a 2x upscale, both answered by B's models through A.
    private static async Task RunAiAsync(HttpClient http)
    {
        for (int i = 0; i < 2; i++)
        {
            var png = await TextImages.PngAsync("WIRE 42");
            using var response = await http.PostAsync(new Uri("image-to-text", UriKind.Relative), Form(png));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"image-to-text: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            Assert.Equal("WIRE 42", json.RootElement.GetProperty("text").GetString()!.Trim());
        }

        var pattern = await TextImages.PatternAsync(64, 48);
        using (var response = await http.PostAsync(new Uri("upscale", UriKind.Relative), Form(pattern, ("prompt", "sharper"))))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"upscale: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            var url = json.RootElement.GetProperty("images")[0].GetProperty("url").GetString()!;
            var image = await http.GetByteArrayAsync(new Uri(url, UriKind.RelativeOrAbsolute));
            var probed = await ProbedMedia.ProbeAsync(image, "png");
            Assert.Equal(128, probed.Width);
            Assert.Equal(96, probed.Height);
        }
    }

    private static MultipartFormDataContent Form(byte[] image, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        var part = new ByteArrayContent(image);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(part, "image", "image.png");
        return form;
    }

    private static async Task<JsonElement> ReadQueueAsync(HttpClient http, Uri route)
    {
        using var response = await http.GetAsync(route);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {route}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private static async Task<BigInteger> DepositAsync(EthClient eth, DevChainDeployment deployment) =>
        LivepeerAbi.DecodeSenderInfo(await eth.CallAsync(new CallRequest(deployment.TicketBroker, LivepeerAbi.EncodeGetSenderInfo(deployment.Gateway)), BlockTag.Latest)).Deposit;
}
