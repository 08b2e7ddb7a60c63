using Livepeer.Gateway.Api.ApiKeys;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>One API key as the admin API shows it (never its secret).</summary>
public sealed record ApiKeyResponse(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, bool Active)
{
    public static ApiKeyResponse From(ApiKeyInfo key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, key.CreatedAt, key.RevokedAt, !key.Revoked);
    }
}
