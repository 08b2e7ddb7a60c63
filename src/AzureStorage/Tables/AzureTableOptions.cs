using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Orleans.Runtime;

namespace Livepeer.AzureStorage.Tables;

/// <summary>
/// Where a provider's table lives and how to authenticate: either <see cref="ConnectionString"/> (Azurite, shared key)
/// or <see cref="ServiceUri"/> with a <see cref="TokenCredential"/> (managed identity in Azure), never both.
/// </summary>
public abstract partial class AzureTableOptions
{
    /// <summary>Creates options whose table defaults to <paramref name="defaultTableName"/>.</summary>
    protected AzureTableOptions(string defaultTableName) => TableName = defaultTableName;

    /// <summary>Storage connection string, e.g. Azurite's explicit devstoreaccount1 form or <c>UseDevelopmentStorage=true</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Table service endpoint, e.g. <c>https://account.table.core.windows.net</c>; used with <see cref="TokenCredential"/>.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>Credential for <see cref="ServiceUri"/>; when left null a <see cref="DefaultAzureCredential"/> is used (managed identity in Azure).</summary>
    public TokenCredential? TokenCredential { get; set; }

    /// <summary>Table name: 3–63 letters and digits, starting with a letter.</summary>
    public string TableName { get; set; }

    /// <summary>Azure SDK client options (retries, timeouts, diagnostics); SDK defaults when null.</summary>
    public TableClientOptions? ClientOptions { get; set; }

    /// <summary>Throws <see cref="OrleansConfigurationException"/> naming every problem found.</summary>
    public void Validate(string providerName)
    {
        var problems = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasConnectionString == (ServiceUri is not null))
        {
            problems.Add($"set exactly one of {nameof(ConnectionString)} or {nameof(ServiceUri)} (with an optional {nameof(TokenCredential)})");
        }
        if (ServiceUri is not null && (!ServiceUri.IsAbsoluteUri || (ServiceUri.Scheme != Uri.UriSchemeHttps && ServiceUri.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add($"{nameof(ServiceUri)} must be an absolute http(s) URI, got '{ServiceUri}'");
        }
        if (TokenCredential is not null && ServiceUri is null)
        {
            problems.Add($"{nameof(TokenCredential)} is only used with {nameof(ServiceUri)}");
        }
        if (TableNameProblem(TableName) is { } tableProblem)
        {
            problems.Add(tableProblem);
        }
        ValidateMore(problems);
        if (problems.Count > 0)
        {
            throw new OrleansConfigurationException(
                $"Invalid {GetType().Name} for '{providerName}': {string.Join("; ", problems)}.");
        }
    }

    /// <summary>Describes why <paramref name="tableName"/> is not a valid Azure table name, or returns null when it is.</summary>
    public static string? TableNameProblem(string? tableName)
    {
        if (string.IsNullOrEmpty(tableName))
        {
            return $"{nameof(TableName)} is required";
        }
        if (!TableNamePattern().IsMatch(tableName))
        {
            return $"{nameof(TableName)} '{tableName}' must be 3-63 ASCII letters or digits and start with a letter";
        }
        if (string.Equals(tableName, "tables", StringComparison.OrdinalIgnoreCase))
        {
            return $"{nameof(TableName)} 'tables' is reserved by the service";
        }
        return null;
    }

    /// <summary>Builds the table client these options describe (call <see cref="Validate"/> first).</summary>
    public TableClient CreateTableClient()
    {
        var service = string.IsNullOrWhiteSpace(ConnectionString)
            ? new TableServiceClient(
                ServiceUri ?? throw new InvalidOperationException($"{nameof(ServiceUri)} or {nameof(ConnectionString)} must be set."),
                TokenCredential ?? new DefaultAzureCredential(),
                ClientOptions)
            : new TableServiceClient(ConnectionString, ClientOptions);
        return service.GetTableClient(TableName);
    }

    /// <summary>Lets derived options add their own checks to the same error report.</summary>
    protected virtual void ValidateMore(List<string> problems)
    {
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
