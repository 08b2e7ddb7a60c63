using Livepeer.Silo.Options;

namespace Livepeer.Silo.Hosting;

public static class ClusteringExtensions
{
    /// <summary>
    /// How this silo finds the others. The single swap point for membership: today localhost
    /// (development) clustering; the Azure Table membership provider from src/AzureStorage replaces this body.
    /// </summary>
    public static ISiloBuilder AddLivepeerClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var cluster = configuration.GetValidated(ClusterIdentityOptions.SectionName, new ClusterIdentityOptionsValidator());
        var endpoints = configuration.GetValidated(SiloOptions.SectionName, new SiloOptionsValidator());
        return silo.UseLocalhostClustering(
            siloPort: endpoints.SiloPort,
            gatewayPort: endpoints.GatewayPort,
            primarySiloEndpoint: null,
            serviceId: cluster.ServiceId,
            clusterId: cluster.ClusterId);
    }
}
