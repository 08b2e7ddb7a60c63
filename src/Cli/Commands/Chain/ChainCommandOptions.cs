using System.CommandLine;
using Livepeer.Chain.Keystore;
using Livepeer.Chain.Network;
using Livepeer.DevChain.Accounts;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>
/// The options every chain command shares: the JSON-RPC endpoint, the network, the Controller (directly or from
/// the deployment JSON that `lpctl devchain deploy --out` writes) and the gateway key (a keystore file, or on the dev
/// network a raw key; the dev default is ganache account #1, the orchestrator ganache account #2).
/// </summary>
public sealed class ChainCommandOptions
{
    public const string DevNetwork = "dev";
    public const string RpcEnvironmentVariable = "LPCTL_RPC";
    public const string PasswordEnvironmentVariable = "LPCTL_PASSWORD";
    public const string DefaultRpc = "http://127.0.0.1:8545";
    public static readonly string DefaultDeploymentPath = Path.Combine(".data", "devchain", "deployment.json");

    private readonly bool _withAccountOverrides;

    public ChainCommandOptions(bool withAccountOverrides)
    {
        _withAccountOverrides = withAccountOverrides;
        Network.AcceptOnlyFromAmong(DevNetwork, LivepeerChainOptions.ArbitrumOneNetwork);
    }

    public Option<string> Rpc { get; } = new("--rpc")
    {
        Description = $"JSON-RPC endpoint (default: ${RpcEnvironmentVariable}, else {DefaultRpc})",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(RpcEnvironmentVariable) is { Length: > 0 } url ? url : DefaultRpc,
    };

    public Option<string> Network { get; } = new("--network") { Description = "dev (ganache with the contract doubles) or arbitrum-one", DefaultValueFactory = _ => DevNetwork };

    public Option<string?> Controller { get; } = new("--controller") { Description = "Controller address (dev network; default: from --deployment)" };

    public Option<string?> Deployment { get; } = new("--deployment") { Description = $"deployment JSON written by `lpctl devchain deploy --out` (dev network; default: {DefaultDeploymentPath} if it exists)" };

    public Option<string?> Keystore { get; } = new("--keystore") { Description = "gateway key as a web3 keystore JSON file" };

    public Option<string?> PasswordFile { get; } = new("--password-file") { Description = $"file holding the keystore password (default: ${PasswordEnvironmentVariable})" };

    public Option<string?> Key { get; } = new("--key") { Description = "gateway private key in hex, dev network only (default there: ganache account #1)" };

    public Option<string?> GatewayAddress { get; } = new("--gateway") { Description = "gateway (ticket sender) address to report (default: the key's, else the deployment's, else ganache account #1)" };

    public Option<string?> OrchestratorAddress { get; } = new("--orchestrator") { Description = "orchestrator (ticket recipient) address to report (default: the deployment's, else ganache account #2)" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Rpc);
        command.Options.Add(Network);
        command.Options.Add(Controller);
        command.Options.Add(Deployment);
        command.Options.Add(Keystore);
        command.Options.Add(PasswordFile);
        command.Options.Add(Key);
        if (_withAccountOverrides)
        {
            command.Options.Add(GatewayAddress);
            command.Options.Add(OrchestratorAddress);
        }
    }

    /// <summary>Resolves the settings; every problem is added to <paramref name="problems"/> (exit code 2) and the result is then null.</summary>
    public ChainSettings? Resolve(ParseResult parseResult, bool needsKey, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(problems);
        int before = problems.Count;
        var network = parseResult.GetValue(Network)!;
        bool dev = network == DevNetwork;
        var rpcText = parseResult.GetValue(Rpc)!;
        if (!Uri.TryCreate(rpcText, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"--rpc: '{rpcText}' is not an http(s) URL");
        }

        var deployment = ReadDeployment(parseResult, dev, problems);
        var controllerText = parseResult.GetValue(Controller);
        EthAddress? controller = null;
        if (!dev && (controllerText is not null || parseResult.GetValue(Deployment) is not null))
        {
            problems.Add("--controller and --deployment are for the dev network; arbitrum-one uses the mainnet Controller " + LivepeerChainOptions.ArbitrumOneController);
        }
        else if (controllerText is not null)
        {
            controller = ParseAddress("--controller", controllerText, problems);
        }
        else if (deployment is not null)
        {
            controller = deployment.Controller;
        }
        else if (dev)
        {
            problems.Add($"--controller or --deployment is required on the dev network (no {DefaultDeploymentPath} here; `lpctl devchain deploy --out {DefaultDeploymentPath}` writes one)");
        }

        var key = ResolveKey(parseResult, dev, needsKey, problems);
        var gateway = Override(parseResult, GatewayAddress, problems) ?? key?.Address ?? deployment?.Gateway ?? (dev ? DevChainAccounts.Key(1).Address : null);
        var orchestrator = Override(parseResult, OrchestratorAddress, problems) ?? deployment?.Orchestrator ?? (dev ? DevChainAccounts.Key(2).Address : null);
        if (gateway is null)
        {
            problems.Add("--gateway <address> (or --keystore) is required on arbitrum-one");
        }
        if (orchestrator is null)
        {
            problems.Add("--orchestrator <address> is required on arbitrum-one");
        }
        if (problems.Count > before)
        {
            return null;
        }

        var options = dev
            ? LivepeerChainOptions.DevChain(rpc!, controller!.Value, deployment?.ChainId ?? 1337)
            : LivepeerChainOptions.ArbitrumOne(rpc!);
        if (dev && deployment?.AiServiceRegistry is { } aiRegistry && deployment.Controller == controller)
        {
            options.AiServiceRegistryAddress = aiRegistry.ToString();
        }
        // A command line tool should say "unreachable" in seconds, not after a long service-style backoff.
        options.Rpc.MaxRetries = 1;
        options.Rpc.Timeout = TimeSpan.FromSeconds(15);
        return new ChainSettings(network, options, key, gateway!.Value, orchestrator!.Value);
    }

    private EthAddress? Override(ParseResult parseResult, Option<string?> option, List<string> problems) =>
        _withAccountOverrides && parseResult.GetValue(option) is { } text ? ParseAddress(option.Name, text, problems) : null;

    private EthKey? ResolveKey(ParseResult parseResult, bool dev, bool needsKey, List<string> problems)
    {
        var keyHex = parseResult.GetValue(Key);
        var keystore = parseResult.GetValue(Keystore);
        if (keyHex is not null && keystore is not null)
        {
            problems.Add("--key and --keystore: give one of them, not both");
            return null;
        }
        if (keyHex is not null)
        {
            if (!dev)
            {
                problems.Add("--key is for the dev network only; on arbitrum-one use --keystore and --password-file");
                return null;
            }
            var hex = keyHex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? keyHex[2..] : keyHex;
            if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            {
                problems.Add($"--key: expected a private key of 64 hex digits (optionally 0x-prefixed), got {keyHex.Length} characters");
                return null;
            }
            try
            {
                return EthKey.FromHex(hex);
            }
            catch (ArgumentException e)
            {
                problems.Add($"--key: not a usable secp256k1 private key: {e.Message}");
                return null;
            }
        }
        if (keystore is not null)
        {
            return OpenKeystore(keystore, parseResult.GetValue(PasswordFile), problems);
        }
        if (needsKey && !dev)
        {
            problems.Add("--keystore <file> with --password-file (or $" + PasswordEnvironmentVariable + ") is required on arbitrum-one");
            return null;
        }
        return needsKey ? DevChainAccounts.Key(1) : null;
    }

    private static EthKey? OpenKeystore(string keystorePath, string? passwordFile, List<string> problems)
    {
        string password;
        try
        {
            password = passwordFile is not null
                ? File.ReadAllText(passwordFile).TrimEnd('\r', '\n')
                : Environment.GetEnvironmentVariable(PasswordEnvironmentVariable)
                    ?? throw new KeystoreException($"--keystore needs a password: --password-file <file> or ${PasswordEnvironmentVariable}");
            return Web3Keystore.Decrypt(File.ReadAllText(keystorePath), password);
        }
        catch (KeystoreException e)
        {
            problems.Add($"--keystore {keystorePath}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"--keystore/--password-file: {e.Message}");
        }
        return null;
    }

    private DevChainDeploymentFile? ReadDeployment(ParseResult parseResult, bool dev, List<string> problems)
    {
        var path = parseResult.GetValue(Deployment);
        if (path is null)
        {
            if (!dev || parseResult.GetValue(Controller) is not null || !File.Exists(DefaultDeploymentPath))
            {
                return null;
            }
            path = DefaultDeploymentPath;
        }
        try
        {
            return DevChainDeploymentFile.Read(path);
        }
        catch (InvalidDataException e)
        {
            problems.Add($"--deployment: {e.Message}");
            return null;
        }
    }

    private static EthAddress? ParseAddress(string option, string text, List<string> problems)
    {
        if (EthAddress.TryParse(text, out var address, out var error))
        {
            return address;
        }
        problems.Add($"{option}: {error}");
        return null;
    }
}
