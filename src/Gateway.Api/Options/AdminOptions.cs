namespace Livepeer.Gateway.Api.Options;

/// <summary>Who may call the <c>/admin</c> routes (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public const int MinTokenLength = 16;

    /// <summary>
    /// When set, every admin request must carry <c>Authorization: Bearer &lt;Token&gt;</c>, from anywhere.
    /// When unset, only loopback callers are let in.
    /// </summary>
    public string? Token { get; set; }
}
