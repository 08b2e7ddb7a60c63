using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed class GatewayApiOptionsValidator : IValidateOptions<GatewayApiOptions>
{
    private const string Key = $"{GatewayApiOptions.SectionName}:Url";

    public ValidateOptionsResult Validate(string? name, GatewayApiOptions options)
    {
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return ValidateOptionsResult.Fail($"{Key} must be an absolute http:// or https:// URL such as http://127.0.0.1:9935 (was \"{options.Url}\").");
        }
        if (url.AbsolutePath != "/" || url.Query.Length > 0)
        {
            return ValidateOptionsResult.Fail($"{Key} must be scheme, host and port only, without a path or query (was \"{options.Url}\").");
        }
        return ValidateOptionsResult.Success;
    }
}
