namespace Livepeer.Hosting.Options;

/// <summary>Which Orleans service and cluster a silo joins or the gateway API connects to (section <c>Cluster</c>).</summary>
public sealed class ClusterIdentityOptions
{
    public const string SectionName = "Cluster";

    /// <summary>Stable across deployments: grain state is keyed by it.</summary>
    public string ServiceId { get; set; } = "livepeer";

    /// <summary>One deployment of the service: silos and clients with the same id find each other.</summary>
    public string ClusterId { get; set; } = "local";
}
