namespace Livepeer.Silo.Options;

/// <summary>Azure Storage account for grain state, membership and media (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string; the default points at Azurite on 127.0.0.1.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Where grain state lives: <c>AzureTable</c> (durable; the default) or <c>Memory</c> (lost on restart, for throwaway runs).</summary>
    public string GrainStorage { get; set; } = StorageProviders.AzureTable;

    /// <summary>Table holding grain state (one row per grain state, chunked).</summary>
    public string GrainStateTable { get; set; } = "LivepeerGrainState";

    /// <summary>Table holding cluster membership (silos and their gateways).</summary>
    public string MembershipTable { get; set; } = "LivepeerMembership";
}
