namespace Livepeer.Media.Inference;

/// <summary>The inference engine's model registry and limits (section <c>Inference</c>); see docs/models.md.</summary>
public sealed class InferenceOptions
{
    public const string SectionName = "Inference";

    /// <summary>Where relative model file paths are found; "" = the working directory.</summary>
    public string ModelsDirectory { get; set; } = "";

    /// <summary>Try ONNX Runtime's CUDA execution provider first; without a CUDA build or device the engine logs it and runs on CPU.</summary>
    public bool UseCuda { get; set; } = true;

    public int CudaDeviceId { get; set; }

    /// <summary>Threads one session run may use on CPU; 0 = ONNX Runtime's default (one per core).</summary>
    public int IntraOpThreads { get; set; }

    /// <summary>
    /// Whether ONNX Runtime's CPU worker threads spin while waiting for work (its default). Spinning shaves latency on a
    /// dedicated machine; turn it off where the silo shares cores with grains or other processes, so idle waits cost no CPU.
    /// </summary>
    public bool AllowSpinning { get; set; } = true;

    /// <summary>Encoded image file size.</summary>
    public long MaxImageBytes { get; set; } = ImageLimitsDefaults.MaxBytes;

    /// <summary>Image width and height, each.</summary>
    public int MaxImageSide { get; set; } = ImageLimitsDefaults.MaxSide;

    /// <summary>Image width × height (a model can lower it with <see cref="InferenceModelOptions.MaxInputPixels"/>).</summary>
    public long MaxImagePixels { get; set; } = ImageLimitsDefaults.MaxPixels;

    public List<InferenceModelOptions> Models { get; set; } = [];

    /// <summary>A model file path as the engine opens it: absolute, or under <see cref="ModelsDirectory"/>.</summary>
    public string ResolveFile(string path) => Path.GetFullPath(Path.Combine(ModelsDirectory, path));
}
