namespace Livepeer.Gateway.Api.Admin;

/// <summary>Body of <c>GET /admin/orchestrators</c>.</summary>
public sealed record OrchestratorListResponse(IReadOnlyList<OrchestratorSummary> Orchestrators);
