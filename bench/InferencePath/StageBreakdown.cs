using System.Diagnostics;
using Livepeer.Media.Imaging;
using Livepeer.Media.Inference.Ocr;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.InferencePath;

/// <summary>
/// Where one image-to-text request's CPU goes: PNG decode, detection (resize + normalise + DB model + regions),
/// recognition (crops + CTC model + decode), each run <c>rounds</c> times in a block and timed by process CPU time.
/// </summary>
internal static class StageBreakdown
{
    public static void Run(byte[] png, string directory, int rounds, int threads)
    {
        using var sessionOptions = new SessionOptions { IntraOpNumThreads = threads };
        using var detection = new InferenceSession(Path.Combine(directory, Media.Inference.StandardModels.DetectionFileName), sessionOptions);
        using var recognition = new InferenceSession(Path.Combine(directory, Media.Inference.StandardModels.RecognitionFileName), sessionOptions);
        var keys = PaddleOcrModel.ReadKeys(Path.Combine(directory, Media.Inference.StandardModels.KeysFileName));
        var detector = new TextDetector(detection);
        var recognizer = new TextRecognizer(recognition, keys);
        using var runOptions = new RunOptions();

        var image = ImageDecoder.Decode(png, ImageLimits.Default);
        var boxes = TextLineMerger.Merge(detector.Detect(image, runOptions));
        for (var i = 0; i < 10; i++)
        {
            recognizer.Recognize(image, boxes, runOptions); // warm-up of both sessions and the JIT
            detector.Detect(image, runOptions);
        }

        Report("PNG decode", rounds, () => ImageDecoder.Decode(png, ImageLimits.Default));
        Report("detection (resize, normalise, DB model, regions)", rounds, () => detector.Detect(image, runOptions));
        Report($"recognition of {boxes.Count} region(s) (crop, model, CTC)", rounds, () => recognizer.Recognize(image, boxes, runOptions));
    }

    private static void Report(string stage, int rounds, Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            action();
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
        Console.WriteLine($"  {stage}: {cpu.TotalMilliseconds / rounds:F2} ms CPU");
    }
}
