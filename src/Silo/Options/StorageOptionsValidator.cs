using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Key = $"{StorageOptions.SectionName}:ConnectionString";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"{Key} is required (\"UseDevelopmentStorage=true\" for Azurite).");
        }
        try
        {
            _ = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        }
        catch (ArgumentException ex)
        {
            // The message of a malformed string does not echo the secret, so it is safe to pass on.
            return ValidateOptionsResult.Fail($"{Key} is not a key=value;... connection string: {ex.Message}");
        }
        return ValidateOptionsResult.Success;
    }
}
