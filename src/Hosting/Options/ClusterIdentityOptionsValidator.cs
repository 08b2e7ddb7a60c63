using Microsoft.Extensions.Options;

namespace Livepeer.Hosting.Options;

/// <summary>Ids end up in Azure Table partition keys, so they are kept short and free of key-breaking characters.</summary>
public sealed class ClusterIdentityOptionsValidator : IValidateOptions<ClusterIdentityOptions>
{
    private const int MaxLength = 64;

    public ValidateOptionsResult Validate(string? name, ClusterIdentityOptions options)
    {
        var failures = new List<string>();
        CheckId(failures, nameof(options.ServiceId), options.ServiceId);
        CheckId(failures, nameof(options.ClusterId), options.ClusterId);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckId(List<string> failures, string key, string? value)
    {
        var path = $"{ClusterIdentityOptions.SectionName}:{key}";
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{path} is required (letters, digits, '-', '_' or '.').");
        }
        else if (value.Length > MaxLength)
        {
            failures.Add($"{path} must be at most {MaxLength} characters (was {value.Length}).");
        }
        else if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            failures.Add($"{path} may contain only letters, digits, '-', '_' and '.' (was \"{value}\").");
        }
    }
}
