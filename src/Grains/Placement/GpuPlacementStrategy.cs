using Orleans.Runtime;

namespace Livepeer.Grains.Placement;

/// <summary>
/// Places an activation on a silo that publishes <c>gpu=true</c> metadata (<see cref="GpuSilos.MetadataKey"/>);
/// <see cref="GpuPlacementDirector"/> makes the choice. Mark grains with <see cref="GpuPlacementAttribute"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("livepeer.GpuPlacementStrategy")]
public sealed class GpuPlacementStrategy : PlacementStrategy
{
    public static readonly GpuPlacementStrategy Instance = new();
}
