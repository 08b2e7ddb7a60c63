namespace Livepeer.Media.Inference;

/// <summary>One registry entry (<c>Inference:Models:n</c>): a pipeline/model id served from ONNX files with a kind of pre/post-processing.</summary>
public sealed class InferenceModelOptions
{
    /// <summary>The route name, e.g. <c>image-to-text</c> (<see cref="PipelineNames"/>).</summary>
    public string Pipeline { get; set; } = "";

    /// <summary>What clients send as <c>model_id</c>, e.g. <c>paddleocr/pp-ocrv4-ch</c>.</summary>
    public string ModelId { get; set; } = "";

    /// <summary>The pre/post-processing (<see cref="ModelKinds"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Served when a request's model_id is "" (or absent). Without one, a pipeline's first entry is its default.</summary>
    public bool Default { get; set; }

    /// <summary>Requests run at once on this model by this worker (the rest wait); advertised as the capacity.</summary>
    public int Capacity { get; set; } = 2;

    /// <summary>File key (<see cref="ModelKinds.FilesOf"/>) → path; relative paths are under <see cref="InferenceOptions.ModelsDirectory"/>.</summary>
    public Dictionary<string, string> Files { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>For <see cref="ModelKinds.ImageNchw"/>: a graph the project writes itself (<see cref="Onnx.GeneratedModels"/>) instead of a file.</summary>
    public string? Builtin { get; set; }

    /// <summary>Input image width × height this model accepts; unset: <see cref="InferenceOptions.MaxImagePixels"/>, and for image-nchw 2048².</summary>
    public long? MaxInputPixels { get; set; }
}
