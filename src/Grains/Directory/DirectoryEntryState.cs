using Livepeer.Grains.Orchestrators;

namespace Livepeer.Grains.Directory;

/// <summary>A registered orchestrator, or the observations of a static one.</summary>
[GenerateSerializer, Alias("livepeer.state.DirectoryEntry")]
public sealed class DirectoryEntryState
{
    /// <summary>True when registered at run time (has a listing); false when this only records observations of a static entry.</summary>
    [Id(0)] public bool Registered { get; set; }
    [Id(1)] public string ServiceUri { get; set; } = "";
    [Id(2)] public bool InCluster { get; set; }
    [Id(3)] public List<CapabilityState> Capabilities { get; set; } = [];
    [Id(4)] public List<PriceEntryState> Prices { get; set; } = [];
    [Id(5)] public string Stake { get; set; } = "0";
    [Id(6)] public double? LatencyMs { get; set; }
    [Id(7)] public double LatencyScore { get; set; }
    [Id(8)] public long Successes { get; set; }
    [Id(9)] public long Failures { get; set; }
    [Id(10)] public string? LastError { get; set; }
}
