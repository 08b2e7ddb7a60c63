using Livepeer.EndToEnd.Tests.Support;
using Orleans.Runtime;

namespace Livepeer.EndToEnd.Tests.Failover;

/// <summary>Which silo (1 or 2, by silo port) holds which activation, from Orleans's management grain.</summary>
public sealed class GrainPlacement(TwoSiloCluster cluster)
{
    /// <summary>The silo holding the activation of <paramref name="grainType"/>/<paramref name="key"/>; 0 when none is active.</summary>
    public async Task<int> SiloOfAsync(string grainType, string key)
    {
        var statistics = await cluster.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var match = statistics.FirstOrDefault(s => s.GrainId.Type.ToString() == grainType && s.GrainId.Key.ToString() == key);
        return match is null ? 0 : cluster.SiloNumberOf(match.SiloAddress);
    }

    /// <summary>The Livepeer activations on silo <paramref name="number"/>, as "type/key".</summary>
    public async Task<IReadOnlyList<string>> GrainsOnAsync(int number)
    {
        var statistics = await cluster.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return [.. statistics
            .Where(s => cluster.SiloNumberOf(s.SiloAddress) == number && s.GrainId.Type.ToString()!.StartsWith("livepeer.", StringComparison.Ordinal))
            .Select(s => s.GrainId.ToString())
            .Order(StringComparer.Ordinal)];
    }
}
