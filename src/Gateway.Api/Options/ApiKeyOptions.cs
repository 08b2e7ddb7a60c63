namespace Livepeer.Gateway.Api.Options;

/// <summary>Bearer-token access to the AI routes (section <c>ApiKeys</c>); keys are managed through <c>/admin/apikeys</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "ApiKeys";

    /// <summary>When true, every AI request needs <c>Authorization: Bearer &lt;key&gt;</c> with a key that is not revoked (401 otherwise). Off by default for local runs.</summary>
    public bool Required { get; set; }

    /// <summary>The Azure table holding the keys (their SHA-256 hashes, never the secrets), in <c>Storage:ConnectionString</c>'s account.</summary>
    public string Table { get; set; } = "LivepeerApiKeys";

    /// <summary>How long a gateway trusts a key it has looked up; a revoke on another gateway takes effect within this time.</summary>
    public TimeSpan CacheTime { get; set; } = TimeSpan.FromSeconds(10);
}
