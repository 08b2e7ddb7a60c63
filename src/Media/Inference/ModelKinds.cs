namespace Livepeer.Media.Inference;

/// <summary>The pre/post-processing a registry entry runs around its ONNX session(s), and the files each needs.</summary>
public static class ModelKinds
{
    /// <summary>
    /// PaddleOCR (PP-OCR) for image-to-text: DB text detection, then CTC text recognition of each found line.
    /// Files: <c>Detection</c> and <c>Recognition</c> (.onnx) and <c>Keys</c> (the character list, one per line).
    /// </summary>
    public const string PaddleOcr = "paddle-ocr";

    /// <summary>
    /// An image model over NCHW float RGB in [0, 1], for upscale: input [1, 3, H, W], output [1, 3, H', W'] (e.g. 2H × 2W).
    /// File: <c>Model</c> (.onnx), or no file and <c>Builtin</c> naming a graph of <see cref="Onnx.GeneratedModels"/>.
    /// </summary>
    public const string ImageNchw = "image-nchw";

    public const string DetectionFile = "Detection";
    public const string RecognitionFile = "Recognition";
    public const string KeysFile = "Keys";
    public const string ModelFile = "Model";

    public static IReadOnlyList<string> All { get; } = [PaddleOcr, ImageNchw];

    /// <summary>The pipelines whose request and response shapes a kind's pre/post-processing produces.</summary>
    public static IReadOnlyList<string> PipelinesOf(string kind) => kind switch
    {
        PaddleOcr => [PipelineNames.ImageToText],
        ImageNchw => [PipelineNames.Upscale],
        _ => [],
    };

    /// <summary>The file keys a kind needs (<see cref="ImageNchw"/>'s one file is optional with Builtin).</summary>
    public static IReadOnlyList<string> FilesOf(string kind) => kind switch
    {
        PaddleOcr => [DetectionFile, RecognitionFile, KeysFile],
        ImageNchw => [ModelFile],
        _ => [],
    };
}
