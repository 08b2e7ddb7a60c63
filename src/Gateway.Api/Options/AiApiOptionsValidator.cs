using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed class AiApiOptionsValidator : IValidateOptions<AiApiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiApiOptions options)
    {
        const string Section = AiApiOptions.SectionName;
        var failures = new List<string>();
        if (options.MaxUploadBytes is < 1024 or > 1L << 32)
        {
            failures.Add($"{Section}:MaxUploadBytes must be between 1 KiB and 4 GiB (was {options.MaxUploadBytes}).");
        }
        if (options.MaxJsonBytes is < 1024 or > 1L << 30)
        {
            failures.Add($"{Section}:MaxJsonBytes must be between 1 KiB and 1 GiB (was {options.MaxJsonBytes}).");
        }
        if (options.MaxImagePixels < 1)
        {
            failures.Add($"{Section}:MaxImagePixels must be positive (was {options.MaxImagePixels}).");
        }
        if (!double.IsFinite(options.MaxAudioSeconds) || options.MaxAudioSeconds < 1)
        {
            failures.Add($"{Section}:MaxAudioSeconds must be at least 1 (was {options.MaxAudioSeconds}).");
        }
        if (options.MediaBaseUrl is { Length: > 0 } baseUrl
            && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"{Section}:MediaBaseUrl must be an absolute http:// or https:// URL (was \"{baseUrl}\").");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
