using System.Diagnostics;
using Livepeer.Media.Imaging;
using Livepeer.Media.Inference.Ocr;
using Livepeer.Media.Inference.Onnx;
using Livepeer.Media.Inference.Upscale;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace Livepeer.Media.Inference;

/// <summary>
/// <see cref="IInferenceEngine"/> on ONNX Runtime: every model of the registry (<see cref="InferenceOptions"/>) is loaded
/// when the engine is built and stays warm, one session per model, shared by concurrent requests up to the model's
/// capacity. Sessions run on CUDA when ONNX Runtime offers it, else on CPU. Runs leave the caller's thread (grain
/// turns and request threads are not held by model work) and stop early when the request is cancelled.
/// </summary>
public sealed class OnnxInferenceEngine : IInferenceEngine, IDisposable
{
    private readonly Dictionary<(string Pipeline, string ModelId), ServedModel> models = [];
    private readonly List<ServedModel> loadOrder = [];
    private readonly Dictionary<string, ServedModel> defaults = new(StringComparer.Ordinal);
    private readonly ILogger logger;
    private int disposed;

    /// <summary>For DI: bind <see cref="InferenceOptions"/> to <c>Inference</c>, then register this as the <see cref="IInferenceEngine"/> singleton.</summary>
    /// <exception cref="OptionsValidationException">the options fail <see cref="InferenceOptionsValidator"/></exception>
    public OnnxInferenceEngine(IOptions<InferenceOptions> options, ILogger<OnnxInferenceEngine> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), (ILogger)logger)
    {
    }

    private OnnxInferenceEngine(InferenceOptions options, ILogger logger)
    {
        this.logger = logger;
        var validation = new InferenceOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(InferenceOptions.SectionName, typeof(InferenceOptions), validation.Failures);
        }
        var factory = new OnnxSessionFactory(options, logger);
        ExecutionProvider = factory.Provider;
        try
        {
            foreach (var entry in options.Models)
            {
                Load(options, entry, factory);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
        Models = [.. loadOrder.Select(m => m.Info)];
    }

    public IReadOnlyList<ModelInfo> Models { get; }

    /// <summary>"CUDA" or "CPU": where the sessions run.</summary>
    public string ExecutionProvider { get; }

    public static OnnxInferenceEngine Create(InferenceOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OnnxInferenceEngine(options, (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<OnnxInferenceEngine>());
    }

    public async Task<InferenceResult> RunAsync(InferenceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var served = Resolve(request.Pipeline, request.ModelId);
        await served.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Run(served, request, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            served.Gate.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }
        foreach (var model in loadOrder)
        {
            model.Dispose();
        }
    }

    private ServedModel Resolve(string pipeline, string modelId)
    {
        if (string.IsNullOrEmpty(modelId))
        {
            return defaults.TryGetValue(pipeline ?? "", out var byDefault)
                ? byDefault
                : throw new ModelNotFoundException($"no model is configured for {pipeline}" + Served());
        }
        return models.TryGetValue((pipeline ?? "", modelId), out var served)
            ? served
            : throw new ModelNotFoundException($"no model {pipeline}/{modelId} is configured" + Served());
    }

    private string Served() => models.Count == 0
        ? " (this worker serves no models)"
        : $" (this worker serves {string.Join(", ", loadOrder.Select(m => $"{m.Info.Pipeline}/{m.Info.ModelId}"))})";

    private InferenceResult Run(ServedModel served, InferenceRequest request, CancellationToken cancellationToken)
    {
        using var runOptions = new RunOptions();
        using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = served.Model.Run(request, runOptions);
            InferenceLog.Ran(logger, served.Info.Pipeline, served.Info.ModelId, result.Units, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (OnnxRuntimeException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("the inference run was cancelled", e, cancellationToken);
        }
    }

    private void Load(InferenceOptions options, InferenceModelOptions entry, OnnxSessionFactory factory)
    {
        var started = Stopwatch.GetTimestamp();
        var defaultPixels = entry.Kind == ModelKinds.ImageNchw ? Math.Min(ImageLimitsDefaults.ImageNchwPixels, options.MaxImagePixels) : options.MaxImagePixels;
        var limits = new ImageLimits(options.MaxImageBytes, options.MaxImageSide, Math.Min(entry.MaxInputPixels ?? defaultPixels, options.MaxImagePixels));
        string File(string key) => options.ResolveFile(entry.Files[key]);

        IServedModel model = entry.Kind switch
        {
            ModelKinds.PaddleOcr => LoadOcr(factory, File(ModelKinds.DetectionFile), File(ModelKinds.RecognitionFile), File(ModelKinds.KeysFile), limits),
            _ => new ImageNchwModel(
                entry.Builtin is not null ? factory.Load(GeneratedModels.Build(entry.Builtin)) : factory.Load(File(ModelKinds.ModelFile)),
                limits),
        };
        var isDefault = entry.Default || (!options.Models.Any(m => m.Pipeline == entry.Pipeline && m.Default) && !defaults.ContainsKey(entry.Pipeline));
        var served = new ServedModel(new ModelInfo(entry.Pipeline, entry.ModelId, Warm: true, entry.Capacity, isDefault), model);
        models.Add((entry.Pipeline, entry.ModelId), served);
        loadOrder.Add(served);
        if (isDefault)
        {
            defaults[entry.Pipeline] = served;
        }
        InferenceLog.ModelLoaded(logger, entry.Pipeline, entry.ModelId, entry.Kind, isDefault ? ", default" : "", factory.Provider, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, entry.Capacity);
    }

    private static PaddleOcrModel LoadOcr(OnnxSessionFactory factory, string detection, string recognition, string keys, ImageLimits limits)
    {
        var detector = factory.Load(detection);
        try
        {
            var recognizer = factory.Load(recognition);
            try
            {
                return new PaddleOcrModel(detector, recognizer, PaddleOcrModel.ReadKeys(keys), limits);
            }
            catch
            {
                recognizer.Dispose();
                throw;
            }
        }
        catch
        {
            detector.Dispose();
            throw;
        }
    }
}
