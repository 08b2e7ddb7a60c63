using Livepeer.AzureStorage.Tables;

namespace Livepeer.Hosting.Storage;

/// <summary>
/// The Azure Storage account every host of one cluster shares (section <c>Storage</c>): how to reach it and the
/// membership table the silos write and the gateways read.
/// </summary>
public class StorageAccountOptions
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

    /// <summary>Table holding cluster membership (silos and their gateways).</summary>
    public string MembershipTable { get; set; } = "LivepeerMembership";

    /// <summary>Points an Azure Table provider at this account: by endpoint and managed identity, or by connection string.</summary>
    public void ApplyTo(AzureTableOptions table)
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
}
