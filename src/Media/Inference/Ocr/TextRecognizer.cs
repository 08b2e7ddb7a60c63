using Livepeer.Media.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Inference.Ocr;

/// <summary>
/// PP-OCR text recognition: each region cropped and scaled to <see cref="Height"/> pixels high (aspect kept), normalised
/// to [-1, 1] in BGR order, right-padded to the widest in its batch, regions of similar aspect batched together
/// (<see cref="BatchSize"/> per session run), CTC-decoded against the key list.
/// </summary>
internal sealed class TextRecognizer
{
    public const int Height = 48;
    public const int MinWidth = 320;
    public const int BatchSize = 6;

    /// <summary>
    /// Extra crop above and below each region, as a share of its height: axis-aligned DB boxes hug the glyphs, and on
    /// tight crops the recogniser drops thin letters (measured: the "I" of "LIVEPEER" in 64 px DejaVu Sans Bold).
    /// </summary>
    public const float VerticalMargin = 0.1f;

    private readonly InferenceSession session;
    private readonly string[] keys;
    private readonly string inputName;
    private readonly string outputName;

    public TextRecognizer(InferenceSession session, string[] keys)
    {
        this.session = session;
        this.keys = keys;
        inputName = session.InputNames[0];
        outputName = session.OutputNames[0];
        var classes = session.OutputMetadata[outputName].Dimensions[^1];
        if (classes > 0 && classes != keys.Length + 2)
        {
            throw new InvalidOperationException($"the recognition model has {classes} classes but the key list has {keys.Length} entries (+ blank + space = {keys.Length + 2}): the key file does not belong to the model");
        }
    }

    public List<RecognizedText> Recognize(RgbImage image, IReadOnlyList<TextBox> boxes, RunOptions runOptions)
    {
        var crops = boxes.Select(b => Crop(b, image)).ToList();
        var order = Enumerable.Range(0, crops.Count).OrderBy(i => (double)crops[i].Width / crops[i].Height).ToArray();
        var results = new RecognizedText[crops.Count];
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var read = RunBatch(image, batch.Select(i => crops[i]).ToArray(), runOptions);
            for (var j = 0; j < batch.Length; j++)
            {
                results[batch[j]] = new RecognizedText(boxes[batch[j]], read[j].Text, read[j].Confidence);
            }
        }
        return [.. results];
    }

    private static (int X, int Y, int Width, int Height) Crop(TextBox box, RgbImage image)
    {
        var margin = box.Height * VerticalMargin;
        var x0 = Math.Clamp((int)MathF.Floor(box.X0), 0, image.Width - 1);
        var y0 = Math.Clamp((int)MathF.Floor(box.Y0 - margin), 0, image.Height - 1);
        var x1 = Math.Clamp((int)MathF.Ceiling(box.X1), x0 + 1, image.Width);
        var y1 = Math.Clamp((int)MathF.Ceiling(box.Y1 + margin), y0 + 1, image.Height);
        return (x0, y0, x1 - x0, y1 - y0);
    }

    private (string Text, float Confidence)[] RunBatch(RgbImage image, (int X, int Y, int Width, int Height)[] crops, RunOptions runOptions)
    {
        var maxRatio = Math.Max((double)MinWidth / Height, crops.Max(c => (double)c.Width / c.Height));
        var width = (int)(Height * maxRatio);
        var plane = Height * width;
        var input = new float[crops.Length * 3 * plane]; // 0 = mid-grey after normalisation: the padding
        for (var n = 0; n < crops.Length; n++)
        {
            var (x, y, w, h) = crops[n];
            var scaledWidth = Math.Min(width, (int)Math.Ceiling(Height * (double)w / h));
            var scaled = ImageSampler.Resize(image, x, y, w, h, scaledWidth, Height);
            var pixels = scaled.Pixels;
            var baseOffset = n * 3 * plane;
            for (var row = 0; row < Height; row++)
            {
                for (var col = 0; col < scaledWidth; col++)
                {
                    var p = ((row * scaledWidth) + col) * 3;
                    var o = baseOffset + (row * width) + col;
                    input[o] = (pixels[p + 2] / 127.5f) - 1f;
                    input[o + plane] = (pixels[p + 1] / 127.5f) - 1f;
                    input[o + (2 * plane)] = (pixels[p] / 127.5f) - 1f;
                }
            }
        }

        using var tensor = OrtValue.CreateTensorValueFromMemory(input, [crops.Length, 3, Height, width]);
        using var outputs = session.Run(runOptions, [inputName], [tensor], [outputName]);
        var shape = outputs[0].GetTensorTypeAndShape().Shape;
        if (shape.Length != 3 || shape[0] != crops.Length || shape[2] != keys.Length + 2)
        {
            throw new InvalidOperationException($"the recognition model returned shape [{string.Join(", ", shape)}], expected [{crops.Length}, T, {keys.Length + 2}]");
        }
        var steps = (int)shape[1];
        var classes = (int)shape[2];
        var all = outputs[0].GetTensorDataAsSpan<float>();
        var read = new (string, float)[crops.Length];
        for (var n = 0; n < crops.Length; n++)
        {
            read[n] = CtcGreedyDecoder.Decode(all.Slice(n * steps * classes, steps * classes), steps, classes, keys);
        }
        return read;
    }
}
