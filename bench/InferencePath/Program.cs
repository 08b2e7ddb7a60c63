using System.Globalization;
using Livepeer.InferencePath;
using Livepeer.Media.Inference;

// image-to-text in process: one warm PaddleOCR engine called directly, the baseline the gateway path is compared with.
// LP_BENCH_STAGES=<rounds> first prints the CPU time of each stage of one request.
// Usage: dotnet run -c Release --project bench/InferencePath -- [requests=200] [concurrency=1,2] [warmup=20] [WxH@font=480x120@40] [intraOpThreads=0] [spin=true]
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var concurrencies = (args.Length > 1 ? args[1] : "1,2").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var warmup = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var size = (args.Length > 3 ? args[3] : "480x120@40").Split('x', '@').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var threads = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0;
var spin = args.Length <= 5 || bool.Parse(args[5]);

const string text = "LIVEPEER 2026";
var root = FindRoot();
var image = TextImage.Render(text, size[0], size[1], size[2]);
var options = new InferenceOptions
{
    IntraOpThreads = threads,
    AllowSpinning = spin,
    Models = [StandardModels.PaddleOcr(StandardModels.PaddleOcrDirectory(root), capacity: concurrencies.Max())],
};
using var engine = OnnxInferenceEngine.Create(options);
var request = new InferenceRequest(PipelineNames.ImageToText, "", new Dictionary<string, string>(), [new MediaInput("image", "image/png", image)]);
Console.WriteLine($"image-to-text in process on {engine.ExecutionProvider}, {Environment.ProcessorCount} cores, intra-op threads {(threads == 0 ? "default" : threads)}, spinning {(spin ? "on" : "off")}; input {size[0]}x{size[1]} PNG ({image.Length} bytes), \"{text}\" at {size[2]} px");

if (Environment.GetEnvironmentVariable("LP_BENCH_STAGES") is { Length: > 0 } stageRounds)
{
    Console.WriteLine($"per-stage CPU time, intra-op threads {(threads == 0 ? "default" : threads)}:");
    StageBreakdown.Run(image, StandardModels.PaddleOcrDirectory(root), int.Parse(stageRounds, CultureInfo.InvariantCulture), threads);
}

await OcrWorkload.RunAsync(engine, request, text, warmup, 1);
foreach (var concurrency in concurrencies)
{
    var summary = await OcrWorkload.RunAsync(engine, request, text, requests, concurrency);
    Console.WriteLine(summary.ToLine("in-process"));
    Console.WriteLine(summary.ToJson("in-process"));
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
