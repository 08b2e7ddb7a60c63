using System.Globalization;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Wire;

public sealed class OrchestratorWireOptionsValidator : IValidateOptions<OrchestratorWireOptions>
{
    private const string Section = OrchestratorWireOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, OrchestratorWireOptions options)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{Section}:Url must be an absolute https:// (TLS) or http:// (h2c) URL such as https://127.0.0.1:8935 (was \"{options.Url}\").");
        }
        else if (url.AbsolutePath != "/" || url.Query.Length > 0)
        {
            errors.Add($"{Section}:Url must be scheme, host and port only (was \"{options.Url}\").");
        }
        if (options.PublicUri.Length > 0
            && (!Uri.TryCreate(options.PublicUri, UriKind.Absolute, out var publicUri) || (publicUri.Scheme != Uri.UriSchemeHttp && publicUri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add($"{Section}:PublicUri must be empty or an absolute http(s) URI (was \"{options.PublicUri}\").");
        }
        if (!EthAddress.TryParse(options.Orchestrator, out _, out var addressError))
        {
            errors.Add($"{Section}:Orchestrator: {addressError}");
        }
        if (options.SigningKeyFile is { Length: > 0 } keyFile && options.Enabled && !File.Exists(keyFile))
        {
            errors.Add($"{Section}:SigningKeyFile {keyFile} does not exist.");
        }
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add($"{Section}:DataDirectory must name a directory for the TLS certificate.");
        }
        if (options.MaxSessions < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Section}:MaxSessions must be at least 1 (was {options.MaxSessions})."));
        }
        if (options.SessionIdleTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:SessionIdleTimeout must be positive (was {options.SessionIdleTimeout}).");
        }
        if (options.AiCapacityPerModel < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Section}:AiCapacityPerModel must be at least 1 (was {options.AiCapacityPerModel})."));
        }
        if (!LooseSemVer.TryParse(options.Version, out _))
        {
            errors.Add($"{Section}:Version must be a semantic version such as 0.8.0 (was \"{options.Version}\").");
        }
        if (options.MaxSegmentBytes < 1 || options.MaxAiRequestBytes < 1)
        {
            errors.Add($"{Section}:MaxSegmentBytes and MaxAiRequestBytes must be positive.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
