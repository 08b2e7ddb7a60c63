using Livepeer.Media.Inference;
using Livepeer.TestSupport;

namespace Livepeer.Media.Tests.Inference;

/// <summary>One engine for the inference tests (loading the OCR models takes about a second): PaddleOCR and resize-2x, both defaults.</summary>
public sealed class EngineFixture : IDisposable
{
    public EngineFixture()
    {
        Engine = OnnxInferenceEngine.Create(Options());
    }

    public OnnxInferenceEngine Engine { get; }

    public static string OcrDirectory => StandardModels.PaddleOcrDirectory(RepoPaths.Root);

    public static InferenceOptions Options() => new()
    {
        UseCuda = false,
        Models = [StandardModels.PaddleOcr(OcrDirectory, capacity: 4), StandardModels.Resize2x(capacity: 4)],
    };

    public void Dispose() => Engine.Dispose();
}
