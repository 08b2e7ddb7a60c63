using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    private const string Key = $"{MetricsOptions.SectionName}:Url";

    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        if (string.IsNullOrEmpty(options.Url))
        {
            return ValidateOptionsResult.Success;
        }
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
        {
            return ValidateOptionsResult.Fail($"{Key} must be empty (no endpoint) or an http:// URL such as http://127.0.0.1:9090 (was \"{options.Url}\").");
        }
        if (url.AbsolutePath != "/" || url.Query.Length > 0)
        {
            return ValidateOptionsResult.Fail($"{Key} must be scheme, host and port only, without a path or query (was \"{options.Url}\").");
        }
        return ValidateOptionsResult.Success;
    }
}
