namespace Livepeer.Chain.Contracts;

/// <summary>Everything a node reads from or sends to the Livepeer contracts, in one injectable service.</summary>
public interface ILivepeerChain : ITicketBroker, IRoundsManager, IBondingManager, IServiceRegistry, IChainHead
{
    /// <summary>Chain id (1337 for the dev chain, 42161 for Arbitrum One, 0 for the in-memory chain).</summary>
    long ChainId { get; }
}
