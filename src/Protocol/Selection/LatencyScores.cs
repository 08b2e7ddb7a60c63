using System.Globalization;
using System.Text.RegularExpressions;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// Latency scores: how long a job took per unit of work, lower is better (gateway-api.md §4.3, §4.5).
/// A score of 0 means "untried"; work of 0 or less scores 0.
/// </summary>
public static partial class LatencyScores
{
    /// <summary>Segments shorter than this are scored as if they were this long.</summary>
    public static readonly TimeSpan MinScoredSegmentDuration = TimeSpan.FromSeconds(1.5);

    public const double TextToImageDefaultSteps = 50;
    public const double ImageToImageDefaultSteps = 100;
    public const double ImageToVideoDefaultSteps = 25;
    public const double UpscaleDefaultSteps = 75;

    /// <summary>Steps assumed for SDXL-Lightning models whose id names none.</summary>
    public const double LightningDefaultSteps = 8;

    private const string LightningModelPrefix = "ByteDance/SDXL-Lightning";

    /// <summary>
    /// Transcoding: time from starting the segment upload until the response body is read, over
    /// max(1.5 s, segment duration). At most 1 means faster than real time.
    /// </summary>
    public static double Transcoding(TimeSpan responseTime, TimeSpan segmentDuration)
    {
        NotNegative(responseTime, nameof(responseTime));
        NotNegative(segmentDuration, nameof(segmentDuration));
        var scoredDuration = segmentDuration > MinScoredSegmentDuration ? segmentDuration : MinScoredSegmentDuration;
        return responseTime / scoredDuration;
    }

    /// <summary>Seconds per output pixel per denoising step (default 50; SDXL-Lightning steps from the model id).</summary>
    public static double TextToImage(TimeSpan took, long outputPixels, int? inferenceSteps, string modelId) =>
        PerPixelPerStep(took, outputPixels, DiffusionSteps(inferenceSteps, TextToImageDefaultSteps, modelId));

    /// <summary>Seconds per output pixel per denoising step (default 100; SDXL-Lightning steps from the model id).</summary>
    public static double ImageToImage(TimeSpan took, long outputPixels, int? inferenceSteps, string modelId) =>
        PerPixelPerStep(took, outputPixels, DiffusionSteps(inferenceSteps, ImageToImageDefaultSteps, modelId));

    /// <summary>Seconds per output pixel (all frames) per denoising step (default 25).</summary>
    public static double ImageToVideo(TimeSpan took, long outputPixels, int? inferenceSteps) =>
        PerPixelPerStep(took, outputPixels, Math.Max(1, inferenceSteps ?? ImageToVideoDefaultSteps));

    /// <summary>Seconds per input pixel per denoising step (default 75).</summary>
    public static double Upscale(TimeSpan took, long inputPixels, int? inferenceSteps) =>
        PerPixelPerStep(took, inputPixels, Math.Max(1, inferenceSteps ?? UpscaleDefaultSteps));

    /// <summary>Seconds per input pixel.</summary>
    public static double SegmentAnything2(TimeSpan took, long inputPixels) => Per(took, inputPixels);

    /// <summary>Seconds per input pixel.</summary>
    public static double ImageToText(TimeSpan took, long inputPixels) => Per(took, inputPixels);

    /// <summary>Seconds per second of audio (whole seconds).</summary>
    public static double AudioToText(TimeSpan took, long audioSeconds) => Per(took, audioSeconds);

    /// <summary>Seconds per token used.</summary>
    public static double Llm(TimeSpan took, long tokensUsed) => Per(took, tokensUsed);

    /// <summary>Seconds per character of input text.</summary>
    public static double TextToSpeech(TimeSpan took, long characters) => Per(took, characters);

    /// <summary>
    /// The denoising steps a request runs: the request's (at least 1), else the pipeline default; for
    /// SDXL-Lightning models the "_Nstep" in the model id wins (8 when it names none).
    /// </summary>
    public static double DiffusionSteps(int? requested, double pipelineDefault, string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        if (modelId.StartsWith(LightningModelPrefix, StringComparison.Ordinal))
        {
            return Math.Max(1, StepsFromModelId(modelId, LightningDefaultSteps));
        }
        return Math.Max(1, requested ?? pipelineDefault);
    }

    /// <summary>The N of "_Nstep" in a model id, else <paramref name="defaultSteps"/>.</summary>
    public static double StepsFromModelId(string modelId, double defaultSteps)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        var match = StepSuffix().Match(modelId);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var steps)
            ? steps
            : defaultSteps;
    }

    private static double PerPixelPerStep(TimeSpan took, long pixels, double steps) => pixels <= 0 ? 0 : Per(took, pixels) / steps;

    private static double Per(TimeSpan took, long units)
    {
        NotNegative(took, nameof(took));
        return units <= 0 ? 0 : took.TotalSeconds / units;
    }

    private static void NotNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "a duration must not be negative");
        }
    }

    [GeneratedRegex(@"_(\d+)step", RegexOptions.CultureInvariant)]
    private static partial Regex StepSuffix();
}
