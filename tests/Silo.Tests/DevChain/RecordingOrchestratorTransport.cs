using System.Collections.Concurrent;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Sessions;

namespace Livepeer.Silo.Tests.DevChain;

/// <summary>The real in-cluster transport, keeping a copy of every payment header the gateway sends through it.</summary>
public sealed class RecordingOrchestratorTransport(IOrchestratorTransport inner) : IOrchestratorTransport
{
    private readonly ConcurrentQueue<string> _headers = new();

    public IReadOnlyList<string> PaymentHeaders => [.. _headers];

    public Task<QuoteResult> GetOrchestratorInfoAsync(OrchestratorEndpoint endpoint, QuoteRequest request, CancellationToken cancellationToken = default) =>
        inner.GetOrchestratorInfoAsync(endpoint, request, cancellationToken);

    public Task<PaidCallResponse> PayAndCallAsync(OrchestratorEndpoint endpoint, PaidCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        _headers.Enqueue(call.PaymentHeader);
        return inner.PayAndCallAsync(endpoint, call, cancellationToken);
    }
}
