using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed partial class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        const string Section = ApiKeyOptions.SectionName;
        var failures = new List<string>();
        if (!TableName().IsMatch(options.Table ?? ""))
        {
            failures.Add($"{Section}:Table must be 3-63 letters and digits starting with a letter (was \"{options.Table}\").");
        }
        if (options.CacheTime < TimeSpan.Zero || options.CacheTime > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:CacheTime must be between 0 and 1 hour (was {options.CacheTime}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
