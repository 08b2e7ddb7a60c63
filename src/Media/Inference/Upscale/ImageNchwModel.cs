using Livepeer.Media.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Inference.Upscale;

/// <summary>
/// upscale with an image model over NCHW float RGB in [0, 1] (<see cref="ModelKinds.ImageNchw"/>): PNG or JPEG in,
/// PNG out at whatever size the model produces (2× for the generated resize-2x). Units are the input's height × width
/// (gateway-api.md §3.5: the input, not the output).
/// </summary>
internal sealed class ImageNchwModel(InferenceSession session, ImageLimits limits) : IServedModel
{
    private readonly string inputName = session.InputNames[0];
    private readonly string outputName = session.OutputNames[0];

    public InferenceResult Run(InferenceRequest request, RunOptions runOptions)
    {
        var image = RequestImages.Decode(request, limits);
        var output = Transform(image, runOptions);
        return new InferenceResult([new MediaOutput("image/png", PngEncoder.Encode(output), output.Width, output.Height)], null, (long)image.Width * image.Height);
    }

    public RgbImage Transform(RgbImage image, RunOptions runOptions)
    {
        var plane = image.Width * image.Height;
        var input = new float[3 * plane];
        var pixels = image.Pixels;
        for (var i = 0; i < plane; i++)
        {
            input[i] = pixels[i * 3] / 255f;
            input[plane + i] = pixels[(i * 3) + 1] / 255f;
            input[(2 * plane) + i] = pixels[(i * 3) + 2] / 255f;
        }

        using var tensor = OrtValue.CreateTensorValueFromMemory(input, [1, 3, image.Height, image.Width]);
        using var outputs = session.Run(runOptions, [inputName], [tensor], [outputName]);
        var shape = outputs[0].GetTensorTypeAndShape().Shape;
        if (shape.Length != 4 || shape[0] != 1 || shape[1] != 3 || shape[2] <= 0 || shape[3] <= 0 || shape[2] * shape[3] > int.MaxValue / 3)
        {
            throw new InvalidOperationException($"the image model returned shape [{string.Join(", ", shape)}], expected [1, 3, H, W]");
        }
        int height = (int)shape[2], width = (int)shape[3], outPlane = width * height;
        var values = outputs[0].GetTensorDataAsSpan<float>();
        var result = new RgbImage(width, height);
        var rgb = result.Pixels;
        for (var i = 0; i < outPlane; i++)
        {
            rgb[i * 3] = ToByte(values[i]);
            rgb[(i * 3) + 1] = ToByte(values[outPlane + i]);
            rgb[(i * 3) + 2] = ToByte(values[(2 * outPlane) + i]);
        }
        return result;
    }

    public void Dispose() => session.Dispose();

    private static byte ToByte(float value) => (byte)Math.Clamp((int)MathF.Round(value * 255f), 0, 255);
}
