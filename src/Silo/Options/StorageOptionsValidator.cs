using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Key = $"{StorageOptions.SectionName}:ConnectionString";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.TableServiceUri.Length > 0)
        {
            if (!Uri.TryCreate(options.TableServiceUri, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                return ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:TableServiceUri must be empty or an absolute https:// URL such as https://account.table.core.windows.net (was \"{options.TableServiceUri}\").");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"{Key} is required (\"UseDevelopmentStorage=true\" for Azurite) unless {StorageOptions.SectionName}:TableServiceUri is set.");
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
                return ValidateOptionsResult.Fail($"{Key} is not a key=value;... connection string: {ex.Message}");
            }
        }
        if (options.GrainStorage is not (StorageProviders.AzureTable or StorageProviders.Memory))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:GrainStorage must be \"{StorageProviders.AzureTable}\" or \"{StorageProviders.Memory}\" (was \"{options.GrainStorage}\").");
        }
        foreach (var (key, table) in new[] { ("GrainStateTable", options.GrainStateTable), ("MembershipTable", options.MembershipTable) })
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(table ?? "", "^[A-Za-z][A-Za-z0-9]{2,62}$"))
            {
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:{key} must be 3-63 letters and digits starting with a letter (was \"{table}\").");
            }
        }
        return ValidateOptionsResult.Success;
    }
}
