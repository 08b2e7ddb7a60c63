using Microsoft.Extensions.Options;

namespace Livepeer.Media.Transcoding;

public sealed class NativeTranscoderOptionsValidator : IValidateOptions<NativeTranscoderOptions>
{
    public const int MaxThreads = 64;
    public const int MaxGpuIndex = 63;
    public const int MaxIdleWorkersLimit = 1024;

    public ValidateOptionsResult Validate(string? name, NativeTranscoderOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The problems with <paramref name="options"/>, one sentence each; empty when valid.</summary>
    public static List<string> Check(NativeTranscoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string section = NativeTranscoderOptions.SectionName;
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Nvenc))
        {
            failures.Add($"{section}:Nvenc must be Auto, On or Off (was {(int)options.Nvenc}).");
        }
        if (options.GpuIndex is < 0 or > MaxGpuIndex)
        {
            failures.Add($"{section}:GpuIndex must be 0..{MaxGpuIndex} (was {options.GpuIndex}).");
        }
        if (options.EncoderThreads is < 0 or > MaxThreads)
        {
            failures.Add($"{section}:EncoderThreads must be 0 (automatic) ..{MaxThreads} (was {options.EncoderThreads}).");
        }
        if (options.DecoderThreads is < 0 or > MaxThreads)
        {
            failures.Add($"{section}:DecoderThreads must be 0 (automatic) ..{MaxThreads} (was {options.DecoderThreads}).");
        }
        if (options.X264Preset is null || !NativeTranscoderOptions.X264Presets.Contains(options.X264Preset))
        {
            failures.Add($"{section}:X264Preset must be one of {string.Join(", ", NativeTranscoderOptions.X264Presets)} (was \"{options.X264Preset}\").");
        }
        if (options.MaxIdleWorkers is < 1 or > MaxIdleWorkersLimit)
        {
            failures.Add($"{section}:MaxIdleWorkers must be 1..{MaxIdleWorkersLimit} (was {options.MaxIdleWorkers}).");
        }
        return failures;
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem.</summary>
    public static void ThrowIfInvalid(NativeTranscoderOptions options)
    {
        var failures = Check(options);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(NativeTranscoderOptions.SectionName, typeof(NativeTranscoderOptions), failures);
        }
    }
}
