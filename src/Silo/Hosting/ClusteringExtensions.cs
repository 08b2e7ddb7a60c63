using System.Net;
using Livepeer.AzureStorage.Clustering;
using Livepeer.Silo.Options;
using ClusterMembershipOptions = Orleans.Configuration.ClusterMembershipOptions;
using ClusterOptions = Orleans.Configuration.ClusterOptions;

namespace Livepeer.Silo.Hosting;

public static class ClusteringExtensions
{
    /// <summary>How this silo finds the others: our Azure Table membership (Azurite locally), or localhost for a lone silo.</summary>
    public static ISiloBuilder AddLivepeerClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var cluster = configuration.GetValidated(ClusterIdentityOptions.SectionName, new ClusterIdentityOptionsValidator());
        var endpoints = configuration.GetValidated(SiloOptions.SectionName, new SiloOptionsValidator());
        if (endpoints.Membership == StorageProviders.Localhost)
        {
            return silo.UseLocalhostClustering(
                siloPort: endpoints.SiloPort,
                gatewayPort: endpoints.GatewayPort,
                primarySiloEndpoint: null,
                serviceId: cluster.ServiceId,
                clusterId: cluster.ClusterId);
        }
        var storage = configuration.GetValidated(StorageOptions.SectionName, new StorageOptionsValidator());
        var liveness = configuration.GetValidated(SiloLivenessOptions.SectionName, new SiloLivenessOptionsValidator());
        return silo
            .Configure<ClusterMembershipOptions>(options => liveness.ApplyTo(options))
            .Configure<ClusterOptions>(options =>
            {
                options.ServiceId = cluster.ServiceId;
                options.ClusterId = cluster.ClusterId;
            })
            .ConfigureEndpoints(IPAddress.Parse(endpoints.AdvertisedIPAddress), endpoints.SiloPort, endpoints.GatewayPort)
            .UseAzureTableClustering(options =>
            {
                storage.ApplyTo(options);
                options.TableName = storage.MembershipTable;
            });
    }
}
