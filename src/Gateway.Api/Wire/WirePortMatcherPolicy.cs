using Microsoft.AspNetCore.Routing.Matching;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// Keeps the two ports apart: on the wire port only <see cref="WireEndpointMarker"/> endpoints match, on the API port
/// none of them do. The same route may exist on both (the AI routes of a gateway and of an orchestrator).
/// </summary>
public sealed class WirePortMatcherPolicy(WireListener listener) : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => true;

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        bool onWirePort = listener.IsWireConnection(httpContext);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && (candidates[i].Endpoint.Metadata.GetMetadata<WireEndpointMarker>() is not null) != onWirePort)
            {
                candidates.SetValidity(i, false);
            }
        }
        return Task.CompletedTask;
    }
}
