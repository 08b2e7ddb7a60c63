using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;

namespace Livepeer.Grains.Placement;

/// <summary>
/// Picks a random compatible silo among those with <c>gpu=true</c> metadata. Random rather than local-first:
/// the callers (job handlers) run wherever their session grains landed, and a random pick spreads the
/// work evenly over the GPU silos, whose per-silo concurrency limits then queue the rest. A cluster
/// without silo metadata (no <c>UseSiloMetadata</c>) has no GPU silos.
/// </summary>
public sealed class GpuPlacementDirector(IServiceProvider services) : IPlacementDirector
{
    private readonly ISiloMetadataCache? _metadata = services.GetService<ISiloMetadataCache>();

    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compatible = context.GetCompatibleSilos(target);
        var gpu = _metadata is null ? [] : Array.FindAll(compatible, silo => GpuSilos.IsGpu(_metadata.GetSiloMetadata(silo)));
        if (gpu.Length == 0)
        {
            throw new NoGpuSiloException(
                $"no GPU silo is up for {target.GrainIdentity}: none of the {compatible.Length} silo(s) able to host it publishes gpu=true metadata (set Silo:Gpu=true on a silo with a GPU)");
        }
        return Task.FromResult(gpu.Length == 1 ? gpu[0] : gpu[Random.Shared.Next(gpu.Length)]);
    }
}
