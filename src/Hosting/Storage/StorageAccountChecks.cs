using System.Data.Common;
using System.Text.RegularExpressions;

namespace Livepeer.Hosting.Storage;

/// <summary>The checks silo and gateway both make on <see cref="StorageAccountOptions"/>; each returns the problem or null.</summary>
public static partial class StorageAccountChecks
{
    /// <summary>The account (endpoint or connection string) and the membership table name.</summary>
    public static string? Problem(StorageAccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = StorageAccountOptions.SectionName;
        if (options.TableServiceUri.Length > 0)
        {
            if (!Uri.TryCreate(options.TableServiceUri, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                return $"{Section}:TableServiceUri must be empty or an absolute https:// URL such as https://account.table.core.windows.net (was \"{options.TableServiceUri}\").";
            }
        }
        else if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return $"{Section}:ConnectionString is required (\"UseDevelopmentStorage=true\" for Azurite) unless {Section}:TableServiceUri is set.";
        }
        else
        {
            try
            {
                _ = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
            }
            catch (ArgumentException ex)
            {
                // The message of a malformed string does not echo the secret, so it is safe to pass on.
                return $"{Section}:ConnectionString is not a key=value;... connection string: {ex.Message}";
            }
        }
        return TableNameProblem("MembershipTable", options.MembershipTable);
    }

    /// <summary>Azure's rule for table names, for the option <paramref name="key"/> of the Storage section.</summary>
    public static string? TableNameProblem(string key, string? table) =>
        TableName().IsMatch(table ?? "")
            ? null
            : $"{StorageAccountOptions.SectionName}:{key} must be 3-63 letters and digits starting with a letter (was \"{table}\").";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
