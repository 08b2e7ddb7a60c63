using Livepeer.Gateway.Api.Cluster;
using Livepeer.Gateway.Api.Options;

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
        builder.Services.AddSingleton<ClusterConnection>();

        var hostedBefore = builder.Services.Where(IsHostedService).ToHashSet();
        builder.UseOrleansClient(client => client
            .AddLivepeerClustering(configuration)
            .UseConnectionRetryFilter<ClusterConnectionRetryFilter>());

        var orleansHosted = builder.Services.Where(d => IsHostedService(d) && !hostedBefore.Contains(d)).ToList();
        foreach (var descriptor in orleansHosted)
        {
            builder.Services.Remove(descriptor);
        }
        builder.Services.AddSingleton(new DeferredHostedServices(orleansHosted));
        builder.Services.AddHostedService<ClusterClientConnector>();
        return builder;
    }

    /// <summary>
    /// How the client finds the silos' gateways. The single swap point for discovery: today the local silo's
    /// gateway port; the Azure Table gateway list provider from src/AzureStorage replaces this body.
    /// </summary>
    public static IClientBuilder AddLivepeerClustering(this IClientBuilder client, IConfiguration configuration)
    {
        var cluster = configuration.GetValidated(ClusterIdentityOptions.SectionName, new ClusterIdentityOptionsValidator());
        var options = configuration.GetValidated(OrleansClientOptions.SectionName, new OrleansClientOptionsValidator());
        return client.UseLocalhostClustering(options.GatewayPort, cluster.ServiceId, cluster.ClusterId);
    }

    private static bool IsHostedService(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService) && !descriptor.IsKeyedService;
}
