using Livepeer.AzureStorage.Clustering;
using Livepeer.AzureStorage.Storage;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Livepeer.AzureStorage.Tests.Cluster;

/// <summary>Silos use our membership table and our storage as the default provider, with quick failure detection.</summary>
public sealed class AzureTableSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var settings = ClusterSettings.From(siloBuilder.Configuration);
        siloBuilder
            .UseAzureTableClustering(options =>
            {
                options.ConnectionString = settings.ConnectionString;
                options.TableName = settings.MembershipTable;
            })
            .AddAzureTableGrainStorageAsDefault(options =>
            {
                options.ConnectionString = settings.ConnectionString;
                options.TableName = settings.StateTable;
            })
            .Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 2;
                options.NumVotesForDeathDeclaration = 1;
                options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
                options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
            });
    }
}
