using System.Numerics;
using Livepeer.DevChain.Accounts;

namespace Livepeer.DevChain.Deployment;

/// <summary>What `lpctl devchain deploy` sets up; defaults suit a fresh `ganache --wallet.deterministic`.</summary>
public sealed record DevChainDeployOptions
{
    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    /// <summary>The chain's JSON-RPC endpoint.</summary>
    public Uri RpcUrl { get; init; } = new("http://127.0.0.1:8545");

    /// <summary>Deploys the doubles and owns the Controller (ganache account #0).</summary>
    public string DeployerKey { get; init; } = DevChainAccounts.DeployerKeyHex;

    /// <summary>The ticket sender whose deposit and reserve get funded (ganache account #1).</summary>
    public string GatewayKey { get; init; } = DevChainAccounts.GatewayKeyHex;

    /// <summary>The ticket recipient registered and activated in the BondingManager double (ganache account #2).</summary>
    public string OrchestratorKey { get; init; } = DevChainAccounts.OrchestratorKeyHex;

    /// <summary>Wei put in the gateway's TicketBroker deposit.</summary>
    public BigInteger Deposit { get; init; } = 10 * Ether;

    /// <summary>Wei put in the gateway's TicketBroker reserve.</summary>
    public BigInteger Reserve { get; init; } = 10 * Ether;

    /// <summary>The orchestrator's stake in the BondingManager double (it must be &gt; 0 to receive fees).</summary>
    public BigInteger Stake { get; init; } = 1000 * Ether;

    /// <summary>The URI the orchestrator publishes in the ServiceRegistry (and AIServiceRegistry) double.</summary>
    public string ServiceUri { get; init; } = "https://127.0.0.1:8935";

    /// <summary>Blocks per round; rounds follow block.number, so mining blocks moves them forward.</summary>
    public long RoundLength { get; init; } = 100;

    /// <summary>TicketBroker unlockPeriod in rounds (mainnet: 2).</summary>
    public long UnlockPeriod { get; init; } = 2;

    /// <summary>TicketBroker ticketValidityPeriod in rounds (mainnet: 2; must be &gt; 0).</summary>
    public long TicketValidityPeriod { get; init; } = 2;

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!RpcUrl.IsAbsoluteUri || (RpcUrl.Scheme != Uri.UriSchemeHttp && RpcUrl.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"rpc: '{RpcUrl}' is not an http(s) URL");
        }
        CheckKey(problems, "deployer-key", DeployerKey);
        CheckKey(problems, "gateway-key", GatewayKey);
        CheckKey(problems, "orchestrator-key", OrchestratorKey);
        CheckWei(problems, "deposit", Deposit, allowZero: true);
        CheckWei(problems, "reserve", Reserve, allowZero: true);
        CheckWei(problems, "stake", Stake, allowZero: false);
        if (string.IsNullOrWhiteSpace(ServiceUri))
        {
            problems.Add("service-uri: must not be empty");
        }
        else if (!Uri.TryCreate(ServiceUri, UriKind.Absolute, out _))
        {
            problems.Add($"service-uri: '{ServiceUri}' is not an absolute URI");
        }
        if (RoundLength <= 0)
        {
            problems.Add($"round-length: must be at least 1 block, got {RoundLength}");
        }
        if (UnlockPeriod < 0)
        {
            problems.Add($"unlock-period: must not be negative, got {UnlockPeriod}");
        }
        if (TicketValidityPeriod <= 0)
        {
            problems.Add($"ticket-validity-period: must be at least 1 round, got {TicketValidityPeriod}");
        }
        return problems;
    }

    private static void CheckKey(List<string> problems, string name, string key)
    {
        var hex = key.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? key[2..] : key;
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
        {
            problems.Add($"{name}: expected a private key of 64 hex digits (optionally 0x-prefixed)");
        }
    }

    private static void CheckWei(List<string> problems, string name, BigInteger value, bool allowZero)
    {
        if (value.Sign < 0 || (!allowZero && value.IsZero))
        {
            problems.Add($"{name}: must be {(allowZero ? "zero or more" : "more than zero")} wei, got {value}");
        }
        else if (value.GetByteCount(isUnsigned: true) > 32)
        {
            problems.Add($"{name}: {value} does not fit in uint256");
        }
    }
}
