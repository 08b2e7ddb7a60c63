using Livepeer.Media.Imaging;
using Livepeer.Media.Inference;
using Livepeer.Media.Inference.Onnx;
using Livepeer.Media.Tests.Imaging;

namespace Livepeer.Media.Tests.Inference;

[Collection(EngineCollection.Name)]
public sealed class UpscaleTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    public async Task The_output_is_a_png_exactly_twice_the_input(string extension)
    {
        var input = await Ffmpeg.TestPatternAsync(61, 37, extension == "png" ? "rgb24" : "yuvj444p", extension);

        var result = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.Upscale, input, StandardModels.Resize2xModelId));

        var output = Assert.Single(result.Media);
        Assert.Equal(("image/png", 122, 74), (output.ContentType, output.Width, output.Height));
        var decoded = ImageDecoder.Decode(output.Data, ImageLimits.Default);
        Assert.Equal((122, 74), (decoded.Width, decoded.Height));
        Assert.Equal(61L * 37, result.Units); // the input's pixels, not the output's
        Assert.Null(result.Text);
    }

    [Fact]
    public async Task Upscaled_pixels_follow_the_input()
    {
        var input = ImageDecoder.Decode(await Ffmpeg.GradientAsync(40, 30, "rgb24", "png"), ImageLimits.Default);

        var result = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.Upscale, PngEncoder.Encode(input)));

        // Each 2×2 block of the output averages back to (about) its source pixel.
        var output = ImageDecoder.Decode(Assert.Single(result.Media).Data, ImageLimits.Default);
        double total = 0;
        for (var y = 0; y < input.Height; y++)
        {
            for (var x = 0; x < input.Width; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var block = (output.Pixels[(((2 * y) * output.Width) + (2 * x)) * 3 + c] + output.Pixels[(((2 * y) * output.Width) + (2 * x) + 1) * 3 + c]
                        + output.Pixels[(((2 * y + 1) * output.Width) + (2 * x)) * 3 + c] + output.Pixels[(((2 * y + 1) * output.Width) + (2 * x) + 1) * 3 + c]) / 4.0;
                    total += Math.Abs(block - input.Pixels[((y * input.Width) + x) * 3 + c]);
                }
            }
        }
        Assert.InRange(total / input.Pixels.Length, 0, 3);
    }

    [Fact]
    public async Task The_generated_model_also_loads_from_a_file()
    {
        var directory = Directory.CreateTempSubdirectory("lp-models-");
        try
        {
            GeneratedModels.Write(GeneratedModels.Resize2x, Path.Combine(directory.FullName, "resize-2x.onnx"));
            var options = new InferenceOptions
            {
                UseCuda = false,
                ModelsDirectory = directory.FullName,
                Models = [new InferenceModelOptions { Pipeline = PipelineNames.Upscale, ModelId = "ops/resize-from-file", Kind = ModelKinds.ImageNchw, Files = { [ModelKinds.ModelFile] = "resize-2x.onnx" } }],
            };
            using var fromFile = OnnxInferenceEngine.Create(options);
            var png = await Ffmpeg.TestPatternAsync(33, 21, "rgb24", "png");

            var fileResult = await fromFile.RunAsync(Requests.Image(PipelineNames.Upscale, png, "ops/resize-from-file"));
            var builtinResult = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.Upscale, png, StandardModels.Resize2xModelId));

            Assert.Equal(builtinResult.Media[0].Data, fileResult.Media[0].Data);
            Assert.True(Assert.Single(fromFile.Models).IsDefault); // the pipeline's only entry
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_input_over_the_models_pixel_cap_is_refused()
    {
        // 2049 × 2048 is over the image-nchw default cap of 2048² but well under the global limits.
        var png = Pngs.WithSize(2049, 2048);

        var error = await Assert.ThrowsAsync<MediaInputException>(() => fixture.Engine.RunAsync(Requests.Image(PipelineNames.Upscale, png)));

        Assert.Contains("at most 4194304 are accepted", error.Message, StringComparison.Ordinal);
    }
}
