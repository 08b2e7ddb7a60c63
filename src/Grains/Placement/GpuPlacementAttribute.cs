using Orleans.Placement;

namespace Livepeer.Grains.Placement;

/// <summary>
/// Activations of the marked grain run only on GPU silos (<see cref="GpuPlacementStrategy"/>). Combine with
/// <c>[Immovable]</c>: the rebalancer and repartitioner would otherwise be free to move them elsewhere.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class GpuPlacementAttribute : PlacementAttribute
{
    public GpuPlacementAttribute()
        : base(GpuPlacementStrategy.Instance)
    {
    }
}
