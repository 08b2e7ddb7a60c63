using Livepeer.Media.Inference.Onnx;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Tests.Inference;

public sealed class GeneratedModelTests
{
    [Fact]
    public void Resize2x_is_a_valid_onnx_model_with_a_dynamic_nchw_input()
    {
        using var session = new InferenceSession(GeneratedModels.Build(GeneratedModels.Resize2x));

        var input = Assert.Single(session.InputMetadata);
        Assert.Equal("image", input.Key);
        Assert.Equal([1, 3, -1, -1], input.Value.Dimensions);
        Assert.Equal(typeof(float), input.Value.ElementType);
        Assert.Equal("upscaled", Assert.Single(session.OutputMetadata).Key);
    }

    [Fact]
    public void A_uniform_image_stays_uniform_at_twice_the_size()
    {
        using var session = new InferenceSession(GeneratedModels.Build(GeneratedModels.Resize2x));
        var pixels = Enumerable.Repeat(0.25f, 3 * 5 * 7).ToArray();
        using var input = OrtValue.CreateTensorValueFromMemory(pixels, [1, 3, 5, 7]);

        using var outputs = session.Run(new RunOptions(), ["image"], [input], ["upscaled"]);

        Assert.Equal([1L, 3, 10, 14], outputs[0].GetTensorTypeAndShape().Shape);
        Assert.All(outputs[0].GetTensorDataAsSpan<float>().ToArray(), v => Assert.Equal(0.25f, v, 1e-5f));
    }

    [Fact]
    public void An_unknown_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => GeneratedModels.Build("resize-8x"));
        Assert.StartsWith("no generated model is called \"resize-8x\" (known: resize-2x)", error.Message, StringComparison.Ordinal);
    }
}
