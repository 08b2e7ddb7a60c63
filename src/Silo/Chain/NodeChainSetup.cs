using Livepeer.Chain.Keystore;
using Livepeer.Chain.Network;
using Livepeer.Protocol.Crypto;
using Livepeer.Silo.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Chain;

/// <summary>
/// The node's chain connection resolved from <see cref="ChainOptions"/>: which contracts through which endpoint,
/// the orchestrator's transaction key and the gateway's ticket-signing key. Every problem (unreadable deployment
/// file or keystore, wrong password, a key that is not the orchestrator's) throws <see cref="OptionsValidationException"/>,
/// so the silo stops before it starts.
/// </summary>
public sealed record NodeChainSetup(string Network, LivepeerChainOptions Connection, EthKey OrchestratorKey, EthKey? GatewayKey, bool InitializeRounds)
{
    /// <summary>ganache --wallet.deterministic account #1: the dev gateway `lpctl devchain deploy` funds.</summary>
    public const string DevGatewayKey = "0x6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1";

    /// <summary>ganache --wallet.deterministic account #2: the dev orchestrator `lpctl devchain deploy` registers (<see cref="OrchestratorOptions.LocalDefaultAddress"/>).</summary>
    public const string DevOrchestratorKey = "0x6370fd033278c143179d81c5526140625662b8daa446c22ee2d73db3707e620c";

    public static NodeChainSetup Resolve(ChainOptions chain, OrchestratorOptions orchestrator)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(orchestrator);
        if (chain.Network == ChainNetworks.Offchain)
        {
            throw new ArgumentException("an offchain node has no chain to set up", nameof(chain));
        }
        var failures = new List<string>();
        bool dev = chain.Network == ChainNetworks.Dev;
        var rpc = new Uri(chain.RpcUrl.Length > 0 ? chain.RpcUrl : ChainOptions.DefaultDevRpcUrl);
        LivepeerChainOptions? options = null;
        if (dev)
        {
            options = DevOptions(chain, rpc, failures);
        }
        else
        {
            options = LivepeerChainOptions.ArbitrumOne(rpc);
        }
        var orchestratorKey = LoadKey("OrchestratorKey", chain.OrchestratorKey, dev ? DevOrchestratorKey : null, failures);
        var gatewayKey = LoadKey("GatewayKey", chain.GatewayKey, dev ? DevGatewayKey : null, failures);
        if (orchestratorKey is not null && EthAddress.TryParse(orchestrator.Address, out var address, out _) && orchestratorKey.Address != address)
        {
            failures.Add($"{ChainOptions.SectionName}:OrchestratorKey is the key of {orchestratorKey.Address}, but {OrchestratorOptions.SectionName}:Address is {address}: "
                + "the node redeems the orchestrator's tickets and must hold its key.");
        }
        if (options is not null)
        {
            failures.AddRange(options.Errors().Select(e => $"{ChainOptions.SectionName}: {e}"));
        }
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(ChainOptions.SectionName, typeof(ChainOptions), failures);
        }
        // A gateway-only dev node still loads the dev orchestrator key; by default it leaves rounds to the
        // orchestrator's node, so two deployments never send from one account with separate nonce counters.
        return new NodeChainSetup(chain.Network, options!, orchestratorKey!, gatewayKey, chain.InitializeRounds ?? (dev && orchestrator.Enabled));
    }

    private static LivepeerChainOptions? DevOptions(ChainOptions chain, Uri rpc, List<string> failures)
    {
        if (chain.ControllerAddress.Length > 0)
        {
            return LivepeerChainOptions.DevChain(rpc, EthAddress.Parse(chain.ControllerAddress));
        }
        try
        {
            var deployment = DevChainDeploymentFile.Read(chain.DeploymentFile);
            var options = LivepeerChainOptions.DevChain(rpc, deployment.Controller, deployment.ChainId);
            options.AiServiceRegistryAddress = deployment.AiServiceRegistry?.ToString();
            return options;
        }
        catch (InvalidDataException e)
        {
            failures.Add($"{ChainOptions.SectionName}:DeploymentFile: {e.Message}");
            return null;
        }
    }

    private static EthKey? LoadKey(string name, ChainKeyOptions key, string? devDefault, List<string> failures)
    {
        var prefix = $"{ChainOptions.SectionName}:{name}";
        if (key.PrivateKey.Length > 0)
        {
            return FromHex(prefix + ":PrivateKey", key.PrivateKey, failures);
        }
        if (key.KeystoreFile.Length == 0)
        {
            return devDefault is null ? null : EthKey.FromHex(devDefault);
        }
        try
        {
            var password = key.PasswordFile.Length > 0 ? File.ReadAllText(key.PasswordFile).TrimEnd('\r', '\n') : key.Password;
            return Web3Keystore.Decrypt(File.ReadAllText(key.KeystoreFile), password);
        }
        catch (KeystoreException e)
        {
            failures.Add($"{prefix}:KeystoreFile {key.KeystoreFile}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failures.Add($"{prefix}: {e.Message}");
        }
        return null;
    }

    private static EthKey? FromHex(string setting, string hex, List<string> failures)
    {
        try
        {
            return EthKey.FromHex(hex);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            failures.Add($"{setting}: not a usable secp256k1 private key: {e.Message}");
            return null;
        }
    }
}
