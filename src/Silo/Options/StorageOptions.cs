using Livepeer.Hosting.Storage;

namespace Livepeer.Silo.Options;

/// <summary>Azure Storage account for grain state, membership and media (section <c>Storage</c>).</summary>
public sealed class StorageOptions : StorageAccountOptions
{
    /// <summary>Where grain state lives: <c>AzureTable</c> (durable; the default) or <c>Memory</c> (lost on restart, for throwaway runs).</summary>
    public string GrainStorage { get; set; } = StorageProviders.AzureTable;

    /// <summary>Table holding grain state (one row per grain state, chunked).</summary>
    public string GrainStateTable { get; set; } = "LivepeerGrainState";
}
