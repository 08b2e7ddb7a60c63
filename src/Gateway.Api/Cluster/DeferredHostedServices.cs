namespace Livepeer.Gateway.Api.Cluster;

/// <summary>Hosted services taken out of the host's start-up sequence, to be started by <see cref="ClusterClientConnector"/>.</summary>
internal sealed class DeferredHostedServices(IReadOnlyList<ServiceDescriptor> descriptors)
{
    public IReadOnlyList<IHostedService> Resolve(IServiceProvider services) =>
        descriptors.Select(d => (IHostedService)(d.ImplementationInstance
            ?? d.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.GetServiceOrCreateInstance(services, d.ImplementationType!))).ToList();
}
