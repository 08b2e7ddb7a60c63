using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace Livepeer.Grains.Placement;

/// <summary>Whether any active silo in the cluster publishes <c>gpu=true</c>, asked before paying for work only a GPU silo can do.</summary>
public sealed class GpuSiloMonitor(IServiceProvider services)
{
    private readonly IClusterMembershipService? _membership = services.GetService<IClusterMembershipService>();
    private readonly ISiloMetadataCache? _metadata = services.GetService<ISiloMetadataCache>();

    public bool AnyGpuSilo()
    {
        if (_membership is null || _metadata is null)
        {
            return false;
        }
        foreach (var member in _membership.CurrentSnapshot.Members.Values)
        {
            if (member.Status == SiloStatus.Active && GpuSilos.IsGpu(_metadata.GetSiloMetadata(member.SiloAddress)))
            {
                return true;
            }
        }
        return false;
    }
}
