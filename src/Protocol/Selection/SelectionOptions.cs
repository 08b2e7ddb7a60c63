using System.Globalization;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// The operator-tunable numbers of orchestrator selection (go-livepeer -selectStakeWeight,
/// -selectPriceWeight, -selectRandFreq, -selectPriceExpFactor, -minPerfScore, -ignoreMaxPriceIfNeeded,
/// -maxPricePerUnit, -maxPricePerCapability, -maxAttempts; gateway-api.md §3.8, §4.4, §4.6). Defaults are go-livepeer's.
/// </summary>
public sealed class SelectionOptions
{
    /// <summary>How far the three weights may sum away from 1.</summary>
    public const double WeightSumTolerance = 0.0001;

    public double StakeWeight { get; set; } = 0.7;

    public double PriceWeight { get; set; } = 0.0;

    public double RandWeight { get; set; } = 0.3;

    /// <summary>priceNorm = exp(−price / this), price in wei per unit.</summary>
    public double PriceExpFactor { get; set; } = 100;

    /// <summary>Orchestrators with a lower perf score are dropped (unless that drops all); 0 turns it off.</summary>
    public double MinPerfScore { get; set; }

    /// <summary>When nobody is at or below the max price, pick among all instead of failing.</summary>
    public bool IgnoreMaxPriceIfNeeded { get; set; }

    /// <summary>Global max price in wei per unit; null = no limit. Applies where no per-capability entry does.</summary>
    public BigRational? MaxPrice { get; set; }

    /// <summary>
    /// Max price in wei per unit per capability and model; an empty model id covers every model of the
    /// pipeline without its own entry (go-livepeer's "default").
    /// </summary>
    public Dictionary<CapabilityModel, BigRational> MaxPricePerCapability { get; set; } = [];

    /// <summary>Distinct orchestrators tried for one job (segment or AI request).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Refreshes a failing orchestrator sits out for batch AI (about 30 min at the 10 min selector TTL).</summary>
    public int BatchAiPenalty { get; set; } = 3;

    /// <summary>Refreshes a failing orchestrator sits out for live AI (refreshes every 6 min).</summary>
    public int LiveAiPenalty { get; set; } = 5;

    /// <summary>A session whose latency score is at or below this is reused (MinLS, gateway-api.md §4.3).</summary>
    public double MinLatencyScore { get; set; } = 1.0;

    /// <summary>
    /// The max price of a job: its model's entry, else its pipeline's entry, else the global max;
    /// null when none is set.
    /// </summary>
    public BigRational? MaxPriceFor(CapabilityModel job) =>
        MaxPricePerCapability.TryGetValue(job, out var price) ? price
        : !job.IsPipelineDefault && MaxPricePerCapability.TryGetValue(job.PipelineDefault, out price) ? price
        : MaxPrice;

    /// <summary>The suspension penalty (in refreshes) after a failure of a job of this kind.</summary>
    public int PenaltyFor(JobKind kind, int poolSize, int numOrchestrators) => kind switch
    {
        JobKind.BatchAi => BatchAiPenalty,
        JobKind.LiveAi => LiveAiPenalty,
        _ => TranscodingPenalty(poolSize, numOrchestrators),
    };

    /// <summary>
    /// Transcoding penalty: ceil(poolSize / numOrchestrators) refreshes, so a failing orchestrator sits
    /// out about one pass over the pool; at least 1.
    /// </summary>
    public static int TranscodingPenalty(int poolSize, int numOrchestrators)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(poolSize);
        if (numOrchestrators <= 0)
        {
            return 1;
        }
        return Math.Max(1, (poolSize + numOrchestrators - 1) / numOrchestrators);
    }

    /// <summary>Every problem with the values, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        CheckWeight(errors, nameof(StakeWeight), StakeWeight);
        CheckWeight(errors, nameof(PriceWeight), PriceWeight);
        CheckWeight(errors, nameof(RandWeight), RandWeight);
        double sum = StakeWeight + PriceWeight + RandWeight;
        if (double.IsFinite(sum) && Math.Abs(sum - 1.0) > WeightSumTolerance)
        {
            errors.Add(Invariant($"StakeWeight + PriceWeight + RandWeight must be 1 (±{WeightSumTolerance}), got {StakeWeight} + {PriceWeight} + {RandWeight} = {sum}"));
        }
        if (!double.IsFinite(PriceExpFactor) || PriceExpFactor <= 0)
        {
            errors.Add(Invariant($"PriceExpFactor must be a positive number, got {PriceExpFactor}"));
        }
        if (!double.IsFinite(MinPerfScore) || MinPerfScore < 0 || MinPerfScore > 1)
        {
            errors.Add(Invariant($"MinPerfScore must be between 0 (off) and 1, got {MinPerfScore}"));
        }
        if (MaxPrice is { Sign: < 0 } maxPrice)
        {
            errors.Add($"MaxPrice must not be negative, got {RationalConversion.FormatWei(maxPrice)} wei per unit");
        }
        if (MaxPricePerCapability is null)
        {
            errors.Add("MaxPricePerCapability must not be null (leave it empty for no per-capability limits)");
        }
        else
        {
            foreach (var (job, price) in MaxPricePerCapability)
            {
                if (price.Sign < 0)
                {
                    errors.Add($"the max price for {job} must not be negative, got {RationalConversion.FormatWei(price)} wei per unit");
                }
            }
        }
        if (MaxAttempts < 1)
        {
            errors.Add(Invariant($"MaxAttempts must be at least 1, got {MaxAttempts}"));
        }
        if (BatchAiPenalty < 1)
        {
            errors.Add(Invariant($"BatchAiPenalty must be at least 1 refresh, got {BatchAiPenalty}"));
        }
        if (LiveAiPenalty < 1)
        {
            errors.Add(Invariant($"LiveAiPenalty must be at least 1 refresh, got {LiveAiPenalty}"));
        }
        if (!double.IsFinite(MinLatencyScore) || MinLatencyScore <= 0)
        {
            errors.Add(Invariant($"MinLatencyScore must be a positive number, got {MinLatencyScore}"));
        }
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid selection options: " + string.Join("; ", errors));
        }
    }

    /// <summary>A copy that later changes to this instance do not affect.</summary>
    public SelectionOptions Clone()
    {
        var copy = (SelectionOptions)MemberwiseClone();
        copy.MaxPricePerCapability = MaxPricePerCapability is null ? [] : new Dictionary<CapabilityModel, BigRational>(MaxPricePerCapability);
        return copy;
    }

    private static void CheckWeight(List<string> errors, string name, double weight)
    {
        if (!double.IsFinite(weight) || weight < 0 || weight > 1)
        {
            errors.Add(Invariant($"{name} must be between 0 and 1, got {weight}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
