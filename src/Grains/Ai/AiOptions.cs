using System.Globalization;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Selection;

namespace Livepeer.Grains.Ai;

/// <summary>AI jobs on the gateway and orchestrator sides (configuration section "Livepeer:Ai").</summary>
public sealed class AiOptions
{
    public const string SectionName = "Livepeer:Ai";

    /// <summary>Paid sessions per orchestrator, capability and model: a session takes one call at a time, so this bounds the parallel requests to one orchestrator.</summary>
    public int SessionsPerOrchestrator { get; set; } = 4;

    /// <summary>Inference grain slots the orchestrator side spreads requests over (they spread over the GPU silos).</summary>
    public int InferenceSlots { get; set; } = 16;

    /// <summary>New attempts on other orchestrators start only within this time of the first (go-livepeer -aiProcessingRetryTimeout).</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a gateway-side worker reuses a directory snapshot; 0 reads it for every request.</summary>
    public TimeSpan DirectoryCacheTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a gateway-side worker counts a pool refresh, letting suspensions run out (go-livepeer's AI selector TTL).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Max prices per pipeline and model in go-livepeer's <c>-maxPricePerCapability</c> JSON, inline or as a file
    /// path: <c>{"capabilities_prices":[{"pipeline":"image-to-text","model_id":"","price_per_unit":10,"pixels_per_unit":1}]}</c>.
    /// </summary>
    public string? MaxPricePerCapability { get; set; }

    /// <summary>Largest width × height of an input image the orchestrator side accepts.</summary>
    public long MaxImagePixels { get; set; } = AiInputLimits.Default.MaxImagePixels;

    /// <summary>Longest audio the orchestrator side accepts, in seconds.</summary>
    public double MaxAudioSeconds { get; set; } = AiInputLimits.Default.MaxAudioSeconds;

    public AiInputLimits InputLimits => new(MaxImagePixels, MaxAudioSeconds);

    /// <summary>The max prices of <see cref="MaxPricePerCapability"/> (read from the file when it names one); empty when unset.</summary>
    public Dictionary<CapabilityModel, Protocol.Numerics.BigRational> MaxPrices(out IReadOnlyList<string> errors)
    {
        errors = [];
        var text = MaxPricePerCapability?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        if (!text.StartsWith('{'))
        {
            if (!File.Exists(text))
            {
                errors = [$"MaxPricePerCapability is neither JSON nor an existing file: '{text}'"];
                return [];
            }
            text = File.ReadAllText(text);
        }
        return CapabilityMaxPrices.Parse(text, out errors);
    }

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (SessionsPerOrchestrator is < 1 or > 1024)
        {
            errors.Add(Invariant($"SessionsPerOrchestrator must be between 1 and 1024, got {SessionsPerOrchestrator}"));
        }
        if (InferenceSlots is < 1 or > 4096)
        {
            errors.Add(Invariant($"InferenceSlots must be between 1 and 4096, got {InferenceSlots}"));
        }
        if (RetryWindow < TimeSpan.Zero)
        {
            errors.Add(Invariant($"RetryWindow must not be negative, got {RetryWindow}"));
        }
        if (DirectoryCacheTime < TimeSpan.Zero)
        {
            errors.Add(Invariant($"DirectoryCacheTime must not be negative, got {DirectoryCacheTime}"));
        }
        if (RefreshInterval <= TimeSpan.Zero)
        {
            errors.Add(Invariant($"RefreshInterval must be positive, got {RefreshInterval}"));
        }
        if (MaxImagePixels < 1)
        {
            errors.Add(Invariant($"MaxImagePixels must be positive, got {MaxImagePixels}"));
        }
        if (!double.IsFinite(MaxAudioSeconds) || MaxAudioSeconds < 1)
        {
            errors.Add(Invariant($"MaxAudioSeconds must be at least 1, got {MaxAudioSeconds}"));
        }
        MaxPrices(out var priceErrors);
        errors.AddRange(priceErrors.Select(e => $"MaxPricePerCapability: {e}"));
        return errors;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
