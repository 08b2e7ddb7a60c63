using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using Livepeer.AiGatewayPath;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Hosting;
using Livepeer.InferencePath;
using Livepeer.Media.Inference;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Selection;
using Microsoft.Extensions.DependencyInjection;

// image-to-text through the gateway (HTTP multipart -> gateway API -> Orleans client -> AI job grain -> paid session
// with tickets -> orchestrator's job handler -> inference grain -> engine) against the same warm ONNX engine called
// in process, in one process, alternating so both see the same machine load.
// Usage: dotnet run -c Release --project bench/AiGatewayPath -- [requests=100] [concurrency=1,2] [warmup=10] [WxH@font=480x120@40] [rounds=2]
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var concurrencies = (args.Length > 1 ? args[1] : "1,2").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var warmup = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var size = (args.Length > 3 ? args[3] : "480x120@40").Split('x', '@').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var rounds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2;

const string text = "LIVEPEER 2026";
var image = TextImage.Render(text, size[0], size[1], size[2]);
var root = FindRoot();
var ocr = StandardModels.PaddleOcrDirectory(root);

var chain = new InMemoryChain(roundLength: 1_000_000, startBlock: 5_000_000);
var gatewayKey = EthKey.Generate();
var orchestrator = new EthAddress(RandomNumberGenerator.GetBytes(EthAddress.Length));
chain.RegisterTranscoder(orchestrator, stake: 1_000);
chain.FundDepositAndReserve(gatewayKey.Address, BigInteger.Pow(10, 24), BigInteger.Pow(10, 24));
await using var silo = await InProcessSilo.StartAsync(orchestrator, new Dictionary<string, string?>
{
    ["Silo:Gpu"] = "true",
    ["Inference:UseCuda"] = "true",
    ["Inference:Models:0:Pipeline"] = PipelineNames.ImageToText,
    ["Inference:Models:0:ModelId"] = StandardModels.PaddleOcrModelId,
    ["Inference:Models:0:Kind"] = ModelKinds.PaddleOcr,
    ["Inference:Models:0:Capacity"] = concurrencies.Max().ToString(CultureInfo.InvariantCulture),
    ["Inference:Models:0:Files:Detection"] = Path.Combine(ocr, StandardModels.DetectionFileName),
    ["Inference:Models:0:Files:Recognition"] = Path.Combine(ocr, StandardModels.RecognitionFileName),
    ["Inference:Models:0:Files:Keys"] = Path.Combine(ocr, StandardModels.KeysFileName),
    ["Logging:LogLevel:Default"] = "Warning",
}, services =>
{
    services.AddSingleton<ILivepeerChain>(chain);
    services.AddGatewaySigner(_ => gatewayKey);
});
var prices = silo.Grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex());
await prices.SetPrices(new PriceBook(new PriceEntry(null, null, null, 1, 1), AutoAdjust: false, [new PriceEntry(null, Capability.ImageToText, null, 1000, 1)]));
await using var gateway = await InProcessGatewayApi.StartAsync(silo, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
using var http = new HttpClient { BaseAddress = gateway.Url, Timeout = TimeSpan.FromMinutes(2) };

// The very engine (same ONNX sessions) the silo's inference grains call.
var engine = silo.Host.Services.GetRequiredService<IInferenceEngine>();
var provider = (engine as OnnxInferenceEngine)?.ExecutionProvider ?? "?";
var request = new InferenceRequest(PipelineNames.ImageToText, "", new Dictionary<string, string>(), [new MediaInput("image", "image/png", image)]);
Console.WriteLine($"image-to-text, gateway HTTP path vs in-process engine, on {provider}, {Environment.ProcessorCount} cores; input {size[0]}x{size[1]} PNG ({image.Length} bytes), \"{text}\" at {size[2]} px; paid (tickets on an in-memory chain)");

await OcrWorkload.RunAsync(engine, request, text, warmup, 1);
await HttpWorkload.RunAsync(http, image, text, warmup, 1);
foreach (var concurrency in concurrencies)
{
    for (int round = 0; round < rounds; round++)
    {
        var direct = await OcrWorkload.RunAsync(engine, request, text, requests, concurrency);
        var viaGateway = await HttpWorkload.RunAsync(http, image, text, requests, concurrency);
        Console.WriteLine(direct.ToLine("in-process"));
        Console.WriteLine(viaGateway.ToLine("gateway   "));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio gateway/in-process, concurrency {concurrency}, round {round + 1}: throughput {viaGateway.RequestsPerSecond / direct.RequestsPerSecond:F3}, p50 {viaGateway.Percentile(50) / direct.Percentile(50):F3}, p95 {viaGateway.Percentile(95) / direct.Percentile(95):F3}, added p50 {viaGateway.Percentile(50) - direct.Percentile(50):F1} ms"));
        Console.WriteLine(direct.ToJson("in-process"));
        Console.WriteLine(viaGateway.ToJson("gateway"));
    }
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Livepeer.Orleans.sln")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new DirectoryNotFoundException("Livepeer.Orleans.sln not found above " + AppContext.BaseDirectory);
}
