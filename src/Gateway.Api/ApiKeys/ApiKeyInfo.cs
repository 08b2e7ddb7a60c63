namespace Livepeer.Gateway.Api.ApiKeys;

/// <summary>An API key as listed: never its secret.</summary>
/// <param name="RevokedAt">when it was revoked; null while it is valid</param>
public sealed record ApiKeyInfo(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}
