using Livepeer.Media.Inference;
using Microsoft.Extensions.Options;

namespace Livepeer.Media.Tests.Inference;

public sealed class InferenceOptionsValidatorTests
{
    private static readonly InferenceOptionsValidator Validator = new();

    [Fact]
    public void The_standard_registry_is_valid()
    {
        Assert.True(Validator.Validate(null, EngineFixture.Options()).Succeeded);
    }

    [Fact]
    public void An_empty_registry_is_valid()
    {
        Assert.True(Validator.Validate(null, new InferenceOptions()).Succeeded);
    }

    public static TheoryData<string, Action<InferenceOptions>> Broken => new()
    {
        { "Inference:Models:0:Pipeline \"ocr\" is not a pipeline", o => o.Models[0].Pipeline = "ocr" },
        { "Inference:Models:0:ModelId is required", o => o.Models[0].ModelId = "" },
        { "Inference:Models:0:ModelId \"a b\" must be at most 256 characters without spaces", o => o.Models[0].ModelId = "a b" },
        { "Inference:Models:0:Kind \"tesseract\" is not a model kind (known: paddle-ocr, image-nchw)", o => o.Models[0].Kind = "tesseract" },
        { "Inference:Models:1: kind image-nchw serves upscale, not image-to-text", o => o.Models[1].Pipeline = PipelineNames.ImageToText },
        { "Inference:Models:0:Files:Keys is required for kind paddle-ocr.", o => o.Models[0].Files.Remove(ModelKinds.KeysFile) },
        { "Inference:Models:0:Files:Detection \"/nowhere/det.onnx\" does not exist", o => o.Models[0].Files[ModelKinds.DetectionFile] = "/nowhere/det.onnx" },
        { "Inference:Models:0:Files:Model is not a file of kind paddle-ocr", o => o.Models[0].Files[ModelKinds.ModelFile] = "x.onnx" },
        { "Inference:Models:1:Builtin \"resize-8x\" is not a generated model (known: resize-2x)", o => o.Models[1].Builtin = "resize-8x" },
        { "Inference:Models:1: set either Builtin or Files:Model, not both.", o => o.Models[1].Files[ModelKinds.ModelFile] = "x.onnx" },
        { "Inference:Models:1:Files:Model is required for kind image-nchw (or set Builtin).", o => o.Models[1].Builtin = null },
        { "Inference:Models:0:Capacity must be 1 to 1024 (was 0).", o => o.Models[0].Capacity = 0 },
        { "Inference:Models:2: image-to-text/paddleocr/pp-ocrv4-ch is registered more than once.", o => o.Models.Add(StandardModels.PaddleOcr(EngineFixture.OcrDirectory, isDefault: false)) },
        { "Inference:Models:2: image-to-text already has the default model paddleocr/pp-ocrv4-ch", o => o.Models.Add(WithId(StandardModels.PaddleOcr(EngineFixture.OcrDirectory), "other/ocr")) },
        { "Inference:ModelsDirectory \"/nowhere\" does not exist", o => o.ModelsDirectory = "/nowhere" },
        { "Inference:MaxImageSide must be 1 to 65535 (was 0).", o => o.MaxImageSide = 0 },
        { "Inference:IntraOpThreads must be 0 (ONNX Runtime's default) to 1024 (was -1).", o => o.IntraOpThreads = -1 },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_mistake_is_named(string expected, Action<InferenceOptions> breakIt)
    {
        var options = EngineFixture.Options();
        breakIt(options);

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_engine_refuses_invalid_options_before_loading_anything()
    {
        var options = EngineFixture.Options();
        options.Models[0].Kind = "tesseract";

        var error = Assert.Throws<OptionsValidationException>(() => OnnxInferenceEngine.Create(options));

        Assert.Contains("Inference:Models:0:Kind \"tesseract\"", error.Message, StringComparison.Ordinal);
    }

    private static InferenceModelOptions WithId(InferenceModelOptions model, string id)
    {
        model.ModelId = id;
        return model;
    }
}
