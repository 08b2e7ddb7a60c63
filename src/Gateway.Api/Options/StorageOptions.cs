namespace Livepeer.Gateway.Api.Options;

/// <summary>The Azure Storage account the silos use (section <c>Storage</c>): membership for gateway discovery, blobs for media.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string; the default points at Azurite on 127.0.0.1.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>The silos' membership table (their <c>Storage:MembershipTable</c>).</summary>
    public string MembershipTable { get; set; } = "LivepeerMembership";
}
