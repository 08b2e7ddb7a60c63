using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    private const string Key = $"{AdminOptions.SectionName}:Token";

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var token = options.Token;
        if (string.IsNullOrEmpty(token))
        {
            return ValidateOptionsResult.Success;
        }
        if (token.Length < AdminOptions.MinTokenLength)
        {
            return ValidateOptionsResult.Fail($"{Key} must be at least {AdminOptions.MinTokenLength} characters (was {token.Length}); leave it unset to allow loopback callers only.");
        }
        if (token.Any(c => c < '!' || c > '~'))
        {
            return ValidateOptionsResult.Fail($"{Key} may contain only printable ASCII characters without spaces (it travels in an HTTP header).");
        }
        return ValidateOptionsResult.Success;
    }
}
