namespace Livepeer.Gateway.Api.Options;

/// <summary>The Azure Storage account the silos use (section <c>Storage</c>): membership for gateway discovery, blobs for media.</summary>
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

    /// <summary>The silos' membership table (their <c>Storage:MembershipTable</c>).</summary>
    public string MembershipTable { get; set; } = "LivepeerMembership";
}
