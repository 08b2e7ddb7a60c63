namespace Livepeer.Silo.Options;

/// <summary>Azure Storage account for grain state, membership and media (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string; the default points at Azurite on 127.0.0.1.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";
}
