namespace Livepeer.Silo.Options;

/// <summary>Which Ethereum network the node works against and through which node and keys (section <c>Chain</c>; docs/networks.md).</summary>
public sealed class ChainOptions
{
    public const string SectionName = "Chain";

    /// <summary>ganache's address under ./run.sh, the dev network's default JSON-RPC endpoint.</summary>
    public const string DefaultDevRpcUrl = "http://127.0.0.1:8545";

    /// <summary><c>offchain</c> (the silo's default; ./run.sh passes <c>dev</c>), <c>dev</c> or <c>arbitrum-one</c>.</summary>
    public string Network { get; set; } = ChainNetworks.Offchain;

    /// <summary>The JSON-RPC endpoint (http or https). dev: defaults to <see cref="DefaultDevRpcUrl"/>; arbitrum-one: required.</summary>
    public string RpcUrl { get; set; } = "";

    /// <summary>dev: the JSON that <c>lpctl devchain deploy --out</c> wrote (chain id, Controller, AI ServiceRegistry).</summary>
    public string DeploymentFile { get; set; } = "";

    /// <summary>dev: the Controller address, instead of <see cref="DeploymentFile"/> (the chain id is then 1337).</summary>
    public string ControllerAddress { get; set; } = "";

    /// <summary>The key the node sends its transactions with (ticket redemptions, initializeRound); its address must be <c>Orchestrator:Address</c>.</summary>
    public ChainKeyOptions OrchestratorKey { get; set; } = new();

    /// <summary>The key the node's gateway signs tickets with (the ticket sender whose deposit pays); optional on arbitrum-one.</summary>
    public ChainKeyOptions GatewayKey { get; set; } = new();

    /// <summary>Send initializeRound when the current round is not initialized (go-livepeer -initializeRound); null: on for a dev node that runs an orchestrator, off for a gateway-only one and for arbitrum-one.</summary>
    public bool? InitializeRounds { get; set; }
}
