using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

/// <summary>Checks the <c>Chain</c> section's shape; opening keystores and reading the deployment file happen when the chain is set up.</summary>
public sealed class ChainOptionsValidator : IValidateOptions<ChainOptions>
{
    private const string Section = ChainOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ChainOptions options)
    {
        if (!ChainNetworks.All.Contains(options.Network))
        {
            return ValidateOptionsResult.Fail($"{Section}:Network must be one of {string.Join(", ", ChainNetworks.All)} (was \"{options.Network}\").");
        }
        if (options.Network == ChainNetworks.Offchain)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        bool dev = options.Network == ChainNetworks.Dev;
        if (options.RpcUrl.Length > 0)
        {
            if (!Uri.TryCreate(options.RpcUrl, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{Section}:RpcUrl must be an http(s) URL such as {ChainOptions.DefaultDevRpcUrl} (was \"{options.RpcUrl}\").");
            }
        }
        else if (!dev)
        {
            failures.Add($"{Section}:RpcUrl is required on {options.Network}: the JSON-RPC URL of an Arbitrum One node or provider.");
        }
        if (dev)
        {
            if (options.DeploymentFile.Length > 0 && options.ControllerAddress.Length > 0)
            {
                failures.Add($"{Section}:DeploymentFile and {Section}:ControllerAddress: give one of them, not both.");
            }
            else if (options.DeploymentFile.Length == 0 && options.ControllerAddress.Length == 0)
            {
                failures.Add($"{Section}:DeploymentFile (written by `lpctl devchain deploy --out`) or {Section}:ControllerAddress is required on the dev network.");
            }
            if (options.ControllerAddress.Length > 0 && !Livepeer.Protocol.Crypto.EthAddress.TryParse(options.ControllerAddress, out _, out var error))
            {
                failures.Add($"{Section}:ControllerAddress must be an ETH address: {error}.");
            }
        }
        else
        {
            foreach (var (key, value) in new[] { ("DeploymentFile", options.DeploymentFile), ("ControllerAddress", options.ControllerAddress) })
            {
                if (value.Length > 0)
                {
                    failures.Add($"{Section}:{key} is for the dev network; {options.Network} uses the mainnet Controller (docs/networks.md).");
                }
            }
            if (options.OrchestratorKey.KeystoreFile.Length == 0)
            {
                failures.Add($"{Section}:OrchestratorKey:KeystoreFile is required on {options.Network}: the node redeems winning tickets with it.");
            }
        }
        CheckKey(failures, "OrchestratorKey", options.OrchestratorKey, dev);
        CheckKey(failures, "GatewayKey", options.GatewayKey, dev);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckKey(List<string> failures, string name, ChainKeyOptions key, bool dev)
    {
        var prefix = $"{Section}:{name}";
        if (key is null)
        {
            failures.Add($"{prefix} is missing.");
            return;
        }
        if (key.PrivateKey.Length > 0)
        {
            if (!dev)
            {
                failures.Add($"{prefix}:PrivateKey is for the dev network only; use {prefix}:KeystoreFile with a password.");
            }
            else if (key.KeystoreFile.Length > 0)
            {
                failures.Add($"{prefix}: give PrivateKey or KeystoreFile, not both.");
            }
            else
            {
                var hex = key.PrivateKey.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? key.PrivateKey[2..] : key.PrivateKey;
                if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
                {
                    failures.Add($"{prefix}:PrivateKey must be 64 hex digits (optionally 0x-prefixed), got {key.PrivateKey.Length} characters.");
                }
            }
        }
        if (key.KeystoreFile.Length > 0)
        {
            if (key.PasswordFile.Length > 0 && key.Password.Length > 0)
            {
                failures.Add($"{prefix}: give PasswordFile or Password, not both.");
            }
            else if (key.PasswordFile.Length == 0 && key.Password.Length == 0)
            {
                failures.Add($"{prefix}:KeystoreFile needs its password: {prefix}:PasswordFile, or {prefix}:Password (e.g. the environment variable {Section}__{name}__Password).");
            }
        }
        else if (key.PasswordFile.Length > 0 || key.Password.Length > 0)
        {
            failures.Add($"{prefix}: a password was given without {prefix}:KeystoreFile.");
        }
    }
}
