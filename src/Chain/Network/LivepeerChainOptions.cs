using Livepeer.Chain.JsonRpc;
using Livepeer.Chain.Sending;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Network;

/// <summary>
/// Which Livepeer deployment to talk to and through which node: the network's name, the chain id
/// the node must report (the client refuses to run on another chain), the Controller that every
/// other contract is resolved from, the JSON-RPC endpoint and the transaction settings.
/// </summary>
public sealed class LivepeerChainOptions
{
    public const string ArbitrumOneNetwork = "arbitrum-one";
    public const long ArbitrumOneChainId = 42161;
    public const string ArbitrumOneController = "0xD8E8328501E9645d16Cf49539efC04f734606ee4";
    public const string ArbitrumOneAiServiceRegistry = "0x04C0b249740175999E5BF5c9ac1dA92431EF34C5";

    /// <summary>A name for logs and messages, e.g. "arbitrum-one" or "devchain".</summary>
    public string Network { get; set; } = "";

    /// <summary>The chain id eth_chainId must return (42161 for Arbitrum One, 1337 for the dev chain).</summary>
    public long ChainId { get; set; }

    /// <summary>The Controller (registry) address; TicketBroker, RoundsManager, BondingManager and ServiceRegistry are read from it.</summary>
    public string? ControllerAddress { get; set; }

    /// <summary>The AI subnet's ServiceRegistry, which the Controller does not know (chain.md §5); optional.</summary>
    public string? AiServiceRegistryAddress { get; set; }

    /// <summary>
    /// Contract name → the address it is known to have on this network. A Controller that resolves
    /// a name differently is logged as a warning (the Controller's answer is used).
    /// </summary>
    public Dictionary<string, string> ExpectedContracts { get; set; } = [];

    public JsonRpcOptions Rpc { get; set; } = new();

    public TransactionSenderOptions Transactions { get; set; } = new();

    /// <summary>The parsed <see cref="ControllerAddress"/>, once <see cref="Validate"/> has accepted it.</summary>
    public EthAddress Controller => EthAddress.Parse(ControllerAddress ?? throw new InvalidOperationException("ControllerAddress is not set"));

    /// <summary>The parsed <see cref="AiServiceRegistryAddress"/>, or null.</summary>
    public EthAddress? AiServiceRegistry => string.IsNullOrEmpty(AiServiceRegistryAddress) ? null : EthAddress.Parse(AiServiceRegistryAddress);

    /// <summary>Livepeer on Arbitrum One (chain.md §7): chain 42161, the mainnet Controller, the AI ServiceRegistry, and the known proxy addresses to check against.</summary>
    public static LivepeerChainOptions ArbitrumOne(Uri rpcUrl) => new()
    {
        Network = ArbitrumOneNetwork,
        ChainId = ArbitrumOneChainId,
        ControllerAddress = ArbitrumOneController,
        AiServiceRegistryAddress = ArbitrumOneAiServiceRegistry,
        ExpectedContracts = new()
        {
            ["TicketBroker"] = "0xa8bB618B1520E284046F3dFc448851A1Ff26e41B",
            ["RoundsManager"] = "0xdd6f56DcC28D3F5f27084381fE8Df634985cc39f",
            ["BondingManager"] = "0x35Bcf3c30594191d53231E4FF333E8A770453e40",
            ["ServiceRegistry"] = "0xC92d3A360b8f9e083bA64DE15d95Cf8180897431",
        },
        Rpc = new JsonRpcOptions { Url = rpcUrl },
    };

    /// <summary>A local dev chain (ganache, chain id 1337 by default) with contracts deployed behind <paramref name="controller"/>.</summary>
    public static LivepeerChainOptions DevChain(Uri rpcUrl, EthAddress controller, long chainId = 1337) => new()
    {
        Network = "devchain",
        ChainId = chainId,
        ControllerAddress = controller.ToString(),
        Rpc = new JsonRpcOptions { Url = rpcUrl },
        Transactions = new TransactionSenderOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(200) },
    };

    /// <summary>Every problem with the values, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Network))
        {
            errors.Add("Network is required (a name such as arbitrum-one or devchain)");
        }
        if (ChainId <= 0)
        {
            errors.Add($"ChainId must be positive (42161 for Arbitrum One, 1337 for the dev chain), got {ChainId}");
        }
        CheckAddress(errors, "ControllerAddress", ControllerAddress, required: true);
        CheckAddress(errors, "AiServiceRegistryAddress", AiServiceRegistryAddress, required: false);
        foreach (var (name, address) in ExpectedContracts ?? [])
        {
            if (!LivepeerContracts.ResolvedNames.Contains(name))
            {
                errors.Add($"ExpectedContracts: unknown contract name '{name}' (known: {string.Join(", ", LivepeerContracts.ResolvedNames)})");
            }
            CheckAddress(errors, $"ExpectedContracts[{name}]", address, required: true);
        }
        errors.AddRange((Rpc?.Errors() ?? ["is missing"]).Select(e => "Rpc: " + e));
        errors.AddRange((Transactions?.Errors() ?? ["is missing"]).Select(e => "Transactions: " + e));
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"invalid Livepeer chain options{(string.IsNullOrWhiteSpace(Network) ? "" : $" for {Network}")}: " + string.Join("; ", errors));
        }
    }

    private static void CheckAddress(List<string> errors, string field, string? text, bool required)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add($"{field} is required");
            }
            return;
        }
        if (!EthAddress.TryParse(text, out var address, out var error))
        {
            errors.Add($"{field}: {error}");
        }
        else if (address.IsZero)
        {
            errors.Add($"{field} must not be the zero address");
        }
    }
}
