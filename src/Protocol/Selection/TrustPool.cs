namespace Livepeer.Protocol.Selection;

/// <summary>Which trust pool a selection draws from (gateway-api.md §4.3 keeps trusted and untrusted pools apart).</summary>
public enum TrustPool
{
    Any,

    /// <summary>Trust score 1.0 (static list, or a webhook entry scored 1).</summary>
    Trusted,

    /// <summary>Trust score below 1.0. go-livepeer takes only exactly 0 here; we keep in-between scores so none is lost.</summary>
    Untrusted,
}
