using System.Globalization;

namespace Livepeer.Grains.Senders;

/// <summary>Gateway-side sender account settings (configuration section "Livepeer:Sender").</summary>
public sealed class SenderGrainOptions
{
    public const string SectionName = "Livepeer:Sender";

    /// <summary>The deposit/reserve view is read again from the chain once it is this many L1 blocks old.</summary>
    public long AccountMaxAgeBlocks { get; set; } = 20;

    public IReadOnlyList<string> Errors() => AccountMaxAgeBlocks < 0
        ? [string.Create(CultureInfo.InvariantCulture, $"AccountMaxAgeBlocks must not be negative, got {AccountMaxAgeBlocks}")]
        : [];
}
