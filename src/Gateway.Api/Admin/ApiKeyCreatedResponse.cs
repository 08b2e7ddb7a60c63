namespace Livepeer.Gateway.Api.Admin;

/// <summary>A new API key: <see cref="Key"/> is the secret, shown this once and stored only as a hash.</summary>
public sealed record ApiKeyCreatedResponse(string Id, string Name, DateTimeOffset CreatedAt, string Key);
