using Livepeer.Gateway.Api.Cluster;
using Livepeer.AzureStorage.Clustering;
using Livepeer.Gateway.Api.Observability;
using Livepeer.Gateway.Api.Options;
using Orleans.Configuration;

namespace Livepeer.Gateway.Api.Hosting;

public static class OrleansClientExtensions
{
    /// <summary>
    /// The Orleans client the API calls grains through, connected in the background with endless logged retries.
    /// </summary>
    public static IHostApplicationBuilder AddLivepeerOrleansClient(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddValidatedOptions<ClusterIdentityOptions, ClusterIdentityOptionsValidator>(configuration, ClusterIdentityOptions.SectionName);
        builder.Services.AddValidatedOptions<OrleansClientOptions, OrleansClientOptionsValidator>(configuration, OrleansClientOptions.SectionName);
        builder.Services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.SectionName);
        builder.Services.AddSingleton<ClusterConnection>();

        var hostedBefore = builder.Services.Where(IsHostedService).ToHashSet();
        builder.UseOrleansClient(client => client
            .AddLivepeerClustering(configuration)
            .UseConnectionRetryFilter<ClusterConnectionRetryFilter>()
            .AddGatewayDashboard());

        var orleansHosted = builder.Services.Where(d => IsHostedService(d) && !hostedBefore.Contains(d)).ToList();
        foreach (var descriptor in orleansHosted)
        {
            builder.Services.Remove(descriptor);
        }
        builder.Services.AddSingleton(new DeferredHostedServices(orleansHosted));
        builder.Services.AddHostedService<ClusterClientConnector>();
        return builder;
    }

    /// <summary>How the client finds the silos' gateways: the Azure Table gateway list, or one localhost silo.</summary>
    public static IClientBuilder AddLivepeerClustering(this IClientBuilder client, IConfiguration configuration)
    {
        var cluster = configuration.GetValidated(ClusterIdentityOptions.SectionName, new ClusterIdentityOptionsValidator());
        var options = configuration.GetValidated(OrleansClientOptions.SectionName, new OrleansClientOptionsValidator());
        if (options.Membership == "Localhost")
        {
            return client.UseLocalhostClustering(options.GatewayPort, cluster.ServiceId, cluster.ClusterId);
        }
        var storage = configuration.GetValidated(StorageOptions.SectionName, new StorageOptionsValidator());
        return client
            .Configure<ClusterOptions>(o =>
            {
                o.ServiceId = cluster.ServiceId;
                o.ClusterId = cluster.ClusterId;
            })
            .Configure<GatewayOptions>(o =>
            {
                if (options.GatewayListRefreshPeriod is { } refresh)
                {
                    o.GatewayListRefreshPeriod = refresh;
                }
            })
            .UseAzureTableClustering(o =>
            {
                storage.ApplyTo(o);
                o.TableName = storage.MembershipTable;
            });
    }

    private static bool IsHostedService(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService) && !descriptor.IsKeyedService;
}
