using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        const string Section = StorageOptions.SectionName;
        if (options.TableServiceUri.Length > 0)
        {
            if (!Uri.TryCreate(options.TableServiceUri, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                return ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:TableServiceUri must be empty or an absolute https:// URL such as https://account.table.core.windows.net (was \"{options.TableServiceUri}\").");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"{Section}:ConnectionString is required (\"UseDevelopmentStorage=true\" for Azurite) unless {Section}:TableServiceUri is set.");
        }
        else
        {
            try
            {
                _ = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
            }
            catch (ArgumentException ex)
            {
                return ValidateOptionsResult.Fail($"{Section}:ConnectionString is not a key=value;... connection string: {ex.Message}");
            }
        }
        if (!TableName().IsMatch(options.MembershipTable ?? ""))
        {
            return ValidateOptionsResult.Fail($"{Section}:MembershipTable must be 3-63 letters and digits starting with a letter (was \"{options.MembershipTable}\").");
        }
        return ValidateOptionsResult.Success;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
