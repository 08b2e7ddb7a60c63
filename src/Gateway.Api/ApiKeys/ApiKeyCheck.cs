namespace Livepeer.Gateway.Api.ApiKeys;

/// <summary>Whether a presented key may be used, and if not, why (for the 401 message and the log).</summary>
public sealed record ApiKeyCheck(bool Valid, string? KeyId, string? Reason)
{
    public static ApiKeyCheck Ok(string id) => new(true, id, null);

    public static ApiKeyCheck Refused(string? id, string reason) => new(false, id, reason);
}
