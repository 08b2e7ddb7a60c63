namespace Livepeer.DevChain.Contracts;

/// <summary>The five compiled test doubles (contracts/*.sol), loaded once from the embedded artifacts.</summary>
public static class DevChainContracts
{
    private static readonly Lazy<ContractArtifact> ControllerLazy = new(() => ContractArtifact.Load("ControllerDouble"));
    private static readonly Lazy<ContractArtifact> RoundsManagerLazy = new(() => ContractArtifact.Load("RoundsManagerDouble"));
    private static readonly Lazy<ContractArtifact> BondingManagerLazy = new(() => ContractArtifact.Load("BondingManagerDouble"));
    private static readonly Lazy<ContractArtifact> TicketBrokerLazy = new(() => ContractArtifact.Load("TicketBrokerDouble"));
    private static readonly Lazy<ContractArtifact> ServiceRegistryLazy = new(() => ContractArtifact.Load("ServiceRegistryDouble"));

    /// <summary>constructor().</summary>
    public static ContractArtifact Controller => ControllerLazy.Value;

    /// <summary>constructor(address controller, uint256 roundLength).</summary>
    public static ContractArtifact RoundsManager => RoundsManagerLazy.Value;

    /// <summary>constructor(address controller).</summary>
    public static ContractArtifact BondingManager => BondingManagerLazy.Value;

    /// <summary>constructor(address controller, uint256 unlockPeriod, uint256 ticketValidityPeriod).</summary>
    public static ContractArtifact TicketBroker => TicketBrokerLazy.Value;

    /// <summary>constructor(address controller); deploy twice for ServiceRegistry and AIServiceRegistry.</summary>
    public static ContractArtifact ServiceRegistry => ServiceRegistryLazy.Value;

    public static IReadOnlyList<ContractArtifact> All => [Controller, RoundsManager, BondingManager, TicketBroker, ServiceRegistry];
}
