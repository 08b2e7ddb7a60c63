using Livepeer.Media.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Inference.Ocr;

/// <summary>
/// PP-OCR text detection: the image scaled so its longer side is at most <see cref="MaxSide"/> and both sides are
/// multiples of 32, normalised with the ImageNet mean/std in BGR channel order (the models were trained on OpenCV's
/// BGR), one probability map out, regions found by <see cref="TextRegionFinder"/>.
/// </summary>
internal sealed class TextDetector(InferenceSession session)
{
    public const int MaxSide = 960;
    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Std = [0.229f, 0.224f, 0.225f];

    private readonly string inputName = session.InputNames[0];
    private readonly string outputName = session.OutputNames[0];

    public List<TextBox> Detect(RgbImage image, RunOptions runOptions)
    {
        var (width, height) = InputSize(image.Width, image.Height);
        var resized = ImageSampler.Resize(image, 0, 0, image.Width, image.Height, width, height);
        var plane = width * height;
        var input = new float[3 * plane];
        var pixels = resized.Pixels;
        for (var i = 0; i < plane; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                // Plane c holds B, G, R for c = 0, 1, 2.
                input[(c * plane) + i] = ((pixels[(i * 3) + 2 - c] / 255f) - Mean[c]) / Std[c];
            }
        }

        using var tensor = OrtValue.CreateTensorValueFromMemory(input, [1, 3, height, width]);
        using var outputs = session.Run(runOptions, [inputName], [tensor], [outputName]);
        var map = outputs[0];
        var shape = map.GetTensorTypeAndShape().Shape;
        if (shape.Length != 4 || shape[2] != height || shape[3] != width)
        {
            throw new InvalidOperationException($"the detection model returned shape [{string.Join(", ", shape)}], expected [1, 1, {height}, {width}]");
        }
        var found = TextRegionFinder.Find(map.GetTensorDataAsSpan<float>()[..plane], width, height);
        float sx = (float)image.Width / width, sy = (float)image.Height / height;
        return found.Select(b => b.Scale(sx, sy, image.Width, image.Height)).ToList();
    }

    /// <summary>Limit the longer side to <see cref="MaxSide"/>, keep the aspect, round each side to a multiple of 32 (at least 32).</summary>
    public static (int Width, int Height) InputSize(int width, int height)
    {
        var ratio = Math.Max(width, height) > MaxSide ? (double)MaxSide / Math.Max(width, height) : 1.0;
        return (RoundTo32(width * ratio), RoundTo32(height * ratio));
    }

    private static int RoundTo32(double side) => Math.Max(32, (int)Math.Round(side / 32) * 32);
}
