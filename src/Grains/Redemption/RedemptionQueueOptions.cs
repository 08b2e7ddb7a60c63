using System.Globalization;

namespace Livepeer.Grains.Redemption;

/// <summary>Redemption settings (configuration section "Livepeer:Redemption").</summary>
public sealed class RedemptionQueueOptions
{
    public const string SectionName = "Livepeer:Redemption";

    /// <summary>How many redeemed or failed winners each queue keeps for inspection (and for de-duplication).</summary>
    public int MaxHistory { get; set; } = 1000;

    /// <summary>
    /// Revert reasons that describe a passing chain condition rather than the ticket; the winner is
    /// retried at the next block. Every other revert is final.
    /// </summary>
    public List<string> TransientRevertReasons { get; set; } = ["current round is not initialized"];

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (MaxHistory < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"MaxHistory must not be negative, got {MaxHistory}"));
        }
        if (TransientRevertReasons is null || TransientRevertReasons.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("TransientRevertReasons must be a list of non-blank revert strings");
        }
        return errors;
    }
}
