using System.Globalization;

namespace Livepeer.Grains.Chain;

/// <summary>How the chain watcher polls the chain (configuration section "Livepeer:ChainWatcher").</summary>
public sealed class ChainWatcherOptions
{
    public const string SectionName = "Livepeer:ChainWatcher";

    /// <summary>Run the polling loop while the silo is active. Off, chain time is read only on demand (<c>IRoundGrain.Refresh</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between polls while the chain answers (go-livepeer -blockPollingInterval, default 5 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between polls while the chain does not answer; waits double up to this.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gas prices below this (wei) are raised to it (pm-protocol.md §5.4; 1 gwei on L1 mainnet, 0 elsewhere).</summary>
    public long MinGasPrice { get; set; }

    /// <summary>
    /// Send initializeRound when a poll finds the current round not initialized (go-livepeer -initializeRound).
    /// Tickets are redeemable only in an initialized round and new ticket params take the last initialized
    /// round's block hash, so some node must do it; on a dev chain nobody else does.
    /// </summary>
    public bool InitializeRounds { get; set; }

    /// <summary>Longest time one redemption queue may take to handle a new block before the watcher stops waiting for it.</summary>
    public TimeSpan RedemptionTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (PollInterval <= TimeSpan.Zero)
        {
            errors.Add($"PollInterval must be positive, got {PollInterval}");
        }
        if (MaxBackoff < PollInterval)
        {
            errors.Add($"MaxBackoff ({MaxBackoff}) must be at least PollInterval ({PollInterval})");
        }
        if (MinGasPrice < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"MinGasPrice must not be negative, got {MinGasPrice}"));
        }
        if (RedemptionTimeout <= TimeSpan.Zero)
        {
            errors.Add($"RedemptionTimeout must be positive, got {RedemptionTimeout}");
        }
        return errors;
    }
}
