using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Contracts;

/// <summary>The ServiceRegistry read a gateway's on-chain discovery needs (gateway-api.md §4.1): where an orchestrator says it is.</summary>
public interface IServiceRegistry
{
    /// <summary>The service URI <paramref name="orchestrator"/> published; "" when it published none.</summary>
    Task<string> GetServiceUriAsync(EthAddress orchestrator, CancellationToken cancellationToken = default);
}
