using Livepeer.Media.Inference;
namespace Livepeer.Media.Tests.Inference;

public sealed class ExecutionProviderTests
{
    [Fact]
    public async Task Without_a_cuda_runtime_the_engine_says_so_and_runs_on_cpu()
    {
        // The CPU build of ONNX Runtime (what this project references) cannot append CUDA.
        using var logs = new ListLoggerFactory();
        using var engine = OnnxInferenceEngine.Create(new InferenceOptions { UseCuda = true, Models = [StandardModels.Resize2x()] }, logs);

        Assert.Equal("CPU", engine.ExecutionProvider);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning: CUDA execution provider unavailable (", StringComparison.Ordinal) && l.EndsWith("); inference runs on CPU", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.StartsWith("Information: Loaded upscale/livepeer/resize-2x (image-nchw, default) on CPU in ", StringComparison.Ordinal));
        var result = await engine.RunAsync(Requests.Image(PipelineNames.Upscale, Livepeer.Media.Imaging.PngEncoder.Encode(new Livepeer.Media.Imaging.RgbImage(3, 2))));
        Assert.Equal((6, 4), (result.Media[0].Width, result.Media[0].Height));
    }

    [Fact]
    public void With_cuda_turned_off_the_log_says_it_was_a_choice()
    {
        using var logs = new ListLoggerFactory();
        using var engine = OnnxInferenceEngine.Create(new InferenceOptions { UseCuda = false }, logs);

        Assert.Contains("Information: Inference runs on CPU (Inference:UseCuda is false)", logs.Lines);
        Assert.Empty(engine.Models);
    }
}
