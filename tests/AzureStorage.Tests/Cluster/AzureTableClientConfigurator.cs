using Livepeer.AzureStorage.Clustering;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Livepeer.AzureStorage.Tests.Cluster;

/// <summary>The test client finds gateways through our gateway list provider.</summary>
public sealed class AzureTableClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        var settings = ClusterSettings.From(configuration);
        clientBuilder
            .UseAzureTableClustering(options =>
            {
                options.ConnectionString = settings.ConnectionString;
                options.TableName = settings.MembershipTable;
            })
            .Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
    }
}
