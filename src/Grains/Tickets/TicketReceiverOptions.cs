using System.Globalization;

namespace Livepeer.Grains.Tickets;

/// <summary>Orchestrator-side ticket receiving settings (configuration section "Livepeer:TicketReceiver").</summary>
public sealed class TicketReceiverOptions
{
    public const string SectionName = "Livepeer:TicketReceiver";

    /// <summary>The sender's funds are read again once this many L1 blocks old (and always in a new round).</summary>
    public long SenderInfoMaxAgeBlocks { get; set; } = 20;

    /// <summary>A session's credit is dropped after this long without a payment or debit (go-livepeer: 10 minutes).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the orchestrator's receiver settings (secret, ticket EV) are reused before asking again.</summary>
    public TimeSpan SettingsRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (SenderInfoMaxAgeBlocks < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"SenderInfoMaxAgeBlocks must not be negative, got {SenderInfoMaxAgeBlocks}"));
        }
        if (SessionIdleTimeout <= TimeSpan.Zero)
        {
            errors.Add($"SessionIdleTimeout must be positive, got {SessionIdleTimeout}");
        }
        if (SettingsRefreshInterval < TimeSpan.Zero)
        {
            errors.Add($"SettingsRefreshInterval must not be negative, got {SettingsRefreshInterval}");
        }
        return errors;
    }
}
