using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class OrchestratorOptionsValidator : IValidateOptions<OrchestratorOptions>
{
    private const string Section = OrchestratorOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, OrchestratorOptions options)
    {
        var failures = new List<string>();
        if (!EthAddress.TryParse(options.Address, out var address, out var error))
        {
            failures.Add($"{Section}:Address must be an ETH address (0x + 40 hex digits, EIP-55 checksummed or all one case): {error}.");
        }
        else if (address.IsZero)
        {
            failures.Add($"{Section}:Address must not be the zero address.");
        }
        var uri = options.ServiceUri;
        if (uri is null)
        {
            failures.Add($"{Section}:ServiceUri must be an http(s) URI or empty (in-cluster only).");
        }
        else if (uri.Length > 0
            && (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"{Section}:ServiceUri must be an absolute http or https URI such as https://orchestrator.example:8935, or empty for in-cluster only (was \"{uri}\").");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
