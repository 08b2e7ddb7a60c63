namespace Livepeer.Silo.Options;

/// <summary>Azure Storage account for grain state, membership and media (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string; the default points at Azurite on 127.0.0.1.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// Table endpoint for managed-identity access in Azure, e.g. <c>https://acct.table.core.windows.net</c>. When set it
    /// wins over <see cref="ConnectionString"/> and the identity comes from <c>DefaultAzureCredential</c> (a user-assigned
    /// identity is picked by the <c>AZURE_CLIENT_ID</c> environment variable).
    /// </summary>
    public string TableServiceUri { get; set; } = "";

    /// <summary>Points an Azure Table provider at this account: by endpoint and managed identity, or by connection string.</summary>
    public void ApplyTo(Livepeer.AzureStorage.Tables.AzureTableOptions table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (TableServiceUri.Length > 0)
        {
            table.ServiceUri = new Uri(TableServiceUri);
        }
        else
        {
            table.ConnectionString = ConnectionString;
        }
    }

    /// <summary>Where grain state lives: <c>AzureTable</c> (durable; the default) or <c>Memory</c> (lost on restart, for throwaway runs).</summary>
    public string GrainStorage { get; set; } = StorageProviders.AzureTable;

    /// <summary>Table holding grain state (one row per grain state, chunked).</summary>
    public string GrainStateTable { get; set; } = "LivepeerGrainState";

    /// <summary>Table holding cluster membership (silos and their gateways).</summary>
    public string MembershipTable { get; set; } = "LivepeerMembership";
}
