using Livepeer.Media.Inference.Onnx;
using Microsoft.Extensions.Options;

namespace Livepeer.Media.Inference;

/// <summary>Checks the registry before any session loads: known pipelines and kinds, the files each kind needs on disk, one default per pipeline.</summary>
public sealed class InferenceOptionsValidator : IValidateOptions<InferenceOptions>
{
    private const string Section = InferenceOptions.SectionName;
    private const int MaxModelIdLength = 256;

    public ValidateOptionsResult Validate(string? name, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ModelsDirectory.Length > 0 && !Directory.Exists(options.ModelsDirectory))
        {
            failures.Add($"{Section}:ModelsDirectory \"{options.ModelsDirectory}\" does not exist (full path {Path.GetFullPath(options.ModelsDirectory)}).");
        }
        if (options.CudaDeviceId < 0)
        {
            failures.Add($"{Section}:CudaDeviceId must be 0 or more (was {options.CudaDeviceId}).");
        }
        if (options.IntraOpThreads is < 0 or > 1024)
        {
            failures.Add($"{Section}:IntraOpThreads must be 0 (ONNX Runtime's default) to 1024 (was {options.IntraOpThreads}).");
        }
        if (options.MaxImageBytes <= 0)
        {
            failures.Add($"{Section}:MaxImageBytes must be positive (was {options.MaxImageBytes}).");
        }
        if (options.MaxImageSide is <= 0 or > 65535)
        {
            failures.Add($"{Section}:MaxImageSide must be 1 to 65535 (was {options.MaxImageSide}).");
        }
        if (options.MaxImagePixels <= 0)
        {
            failures.Add($"{Section}:MaxImagePixels must be positive (was {options.MaxImagePixels}).");
        }

        var seen = new HashSet<(string, string)>();
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Models.Count; i++)
        {
            var model = options.Models[i];
            var path = $"{Section}:Models:{i}";
            if (model is null)
            {
                failures.Add($"{path} is empty.");
                continue;
            }
            CheckEntry(failures, options, model, path);
            if (!seen.Add((model.Pipeline, model.ModelId)))
            {
                failures.Add($"{path}: {model.Pipeline}/{model.ModelId} is registered more than once.");
            }
            if (model.Default && !defaults.TryAdd(model.Pipeline, model.ModelId))
            {
                failures.Add($"{path}: {model.Pipeline} already has the default model {defaults[model.Pipeline]}; only one entry per pipeline may set Default.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckEntry(List<string> failures, InferenceOptions options, InferenceModelOptions model, string path)
    {
        if (!PipelineNames.All.Contains(model.Pipeline))
        {
            failures.Add($"{path}:Pipeline \"{model.Pipeline}\" is not a pipeline (known: {string.Join(", ", PipelineNames.All)}).");
        }
        if (string.IsNullOrWhiteSpace(model.ModelId))
        {
            failures.Add($"{path}:ModelId is required (what clients send as model_id, e.g. paddleocr/pp-ocrv4-ch).");
        }
        else if (model.ModelId.Length > MaxModelIdLength || model.ModelId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failures.Add($"{path}:ModelId \"{model.ModelId}\" must be at most {MaxModelIdLength} characters without spaces or control characters.");
        }
        if (model.Capacity is < 1 or > 1024)
        {
            failures.Add($"{path}:Capacity must be 1 to 1024 (was {model.Capacity}).");
        }
        if (model.MaxInputPixels is <= 0)
        {
            failures.Add($"{path}:MaxInputPixels must be positive when set (was {model.MaxInputPixels}).");
        }
        if (!ModelKinds.All.Contains(model.Kind))
        {
            failures.Add($"{path}:Kind \"{model.Kind}\" is not a model kind (known: {string.Join(", ", ModelKinds.All)}).");
            return;
        }
        if (!ModelKinds.PipelinesOf(model.Kind).Contains(model.Pipeline))
        {
            failures.Add($"{path}: kind {model.Kind} serves {string.Join(", ", ModelKinds.PipelinesOf(model.Kind))}, not {model.Pipeline}.");
        }
        CheckFiles(failures, options, model, path);
    }

    private static void CheckFiles(List<string> failures, InferenceOptions options, InferenceModelOptions model, string path)
    {
        var needed = ModelKinds.FilesOf(model.Kind);
        foreach (var key in model.Files.Keys.Where(k => !needed.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            failures.Add($"{path}:Files:{key} is not a file of kind {model.Kind} (it takes {string.Join(", ", needed)}).");
        }
        if (model.Builtin is not null)
        {
            if (model.Kind != ModelKinds.ImageNchw)
            {
                failures.Add($"{path}:Builtin is only for kind {ModelKinds.ImageNchw}.");
            }
            else if (!GeneratedModels.Names.Contains(model.Builtin))
            {
                failures.Add($"{path}:Builtin \"{model.Builtin}\" is not a generated model (known: {string.Join(", ", GeneratedModels.Names)}).");
            }
            else if (model.Files.Count > 0)
            {
                failures.Add($"{path}: set either Builtin or Files:{ModelKinds.ModelFile}, not both.");
            }
            return;
        }
        foreach (var key in needed)
        {
            if (!model.Files.TryGetValue(key, out var file) || string.IsNullOrWhiteSpace(file))
            {
                failures.Add($"{path}:Files:{key} is required for kind {model.Kind}" + (model.Kind == ModelKinds.ImageNchw ? " (or set Builtin)." : "."));
            }
            else if (!File.Exists(options.ResolveFile(file)))
            {
                failures.Add($"{path}:Files:{key} \"{file}\" does not exist (looked at {options.ResolveFile(file)}).");
            }
        }
    }
}
