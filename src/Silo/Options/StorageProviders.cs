namespace Livepeer.Silo.Options;

/// <summary>The values <c>Storage:GrainStorage</c> and <c>Silo:Membership</c> accept.</summary>
public static class StorageProviders
{
    public const string AzureTable = "AzureTable";
    public const string Memory = "Memory";
    public const string Localhost = "Localhost";
}
