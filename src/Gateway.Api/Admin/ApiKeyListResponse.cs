namespace Livepeer.Gateway.Api.Admin;

public sealed record ApiKeyListResponse(IReadOnlyList<ApiKeyResponse> ApiKeys);
