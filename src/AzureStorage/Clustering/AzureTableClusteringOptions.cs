using Livepeer.AzureStorage.Tables;

namespace Livepeer.AzureStorage.Clustering;

/// <summary>Settings shared by <see cref="AzureTableMembershipTable"/> (silos) and <see cref="AzureTableGatewayListProvider"/> (clients).</summary>
public sealed class AzureTableClusteringOptions() : AzureTableOptions(DefaultTableName)
{
    /// <summary>Table used when none is configured.</summary>
    public const string DefaultTableName = "LivepeerMembership";

    /// <summary>
    /// How many times a multi-page read of the membership partition is retried when a concurrent insert/update changed
    /// the table version mid-read (a single page is already a consistent snapshot).
    /// </summary>
    public int MaxReadAttempts { get; set; } = 5;

    /// <inheritdoc />
    protected override void ValidateMore(List<string> problems)
    {
        if (MaxReadAttempts is < 1 or > 100)
        {
            problems.Add($"{nameof(MaxReadAttempts)} must be 1..100, got {MaxReadAttempts}");
        }
    }
}
