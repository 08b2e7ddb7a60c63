using Livepeer.Grains.Abstractions.Orchestrators;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// How a gateway session reaches an orchestrator: in-cluster through grains, or (later) over HTTP
/// to a remote node. Throwing from <see cref="PayAndCallAsync"/> means no answer arrived.
/// </summary>
public interface IOrchestratorTransport
{
    Task<QuoteResult> GetOrchestratorInfoAsync(OrchestratorEndpoint endpoint, QuoteRequest request, CancellationToken cancellationToken = default);

    Task<PaidCallResponse> PayAndCallAsync(OrchestratorEndpoint endpoint, PaidCall call, CancellationToken cancellationToken = default);
}
