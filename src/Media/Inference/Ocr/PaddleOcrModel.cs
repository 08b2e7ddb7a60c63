using Livepeer.Media.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Inference.Ocr;

/// <summary>
/// image-to-text as OCR with PaddleOCR's PP-OCR detection and recognition models (<see cref="ModelKinds.PaddleOcr"/>).
/// Text is the lines read with confidence ≥ <see cref="MinConfidence"/>; units are the input's height × width (gateway-api.md §3.5).
/// </summary>
internal sealed class PaddleOcrModel(InferenceSession detection, InferenceSession recognition, string[] keys, ImageLimits limits) : IServedModel
{
    public const float MinConfidence = 0.5f;

    private readonly TextDetector detector = new(detection);
    private readonly TextRecognizer recognizer = new(recognition, keys);

    /// <summary>Reads a key list: one entry per line, UTF-8, kept exactly (a key may be a space).</summary>
    public static string[] ReadKeys(string path)
    {
        var keys = File.ReadAllText(path).Split('\n').Select(k => k.TrimEnd('\r')).ToList();
        if (keys.Count > 0 && keys[^1].Length == 0)
        {
            keys.RemoveAt(keys.Count - 1); // the final newline
        }
        return keys.Count > 0 ? [.. keys] : throw new InvalidDataException($"the key list {path} is empty");
    }

    public InferenceResult Run(InferenceRequest request, RunOptions runOptions)
    {
        var image = RequestImages.Decode(request, limits);
        var text = Read(image, runOptions);
        return new InferenceResult([], text, (long)image.Width * image.Height);
    }

    public string Read(RgbImage image, RunOptions runOptions)
    {
        var boxes = TextLineMerger.Merge(detector.Detect(image, runOptions));
        if (boxes.Count == 0)
        {
            return "";
        }
        var read = recognizer.Recognize(image, boxes, runOptions);
        return TextLayout.Join(read.Where(r => r.Confidence >= MinConfidence && !string.IsNullOrWhiteSpace(r.Text)));
    }

    public void Dispose()
    {
        detection.Dispose();
        recognition.Dispose();
    }
}
