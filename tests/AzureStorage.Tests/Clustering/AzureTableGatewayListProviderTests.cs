using Livepeer.AzureStorage.Clustering;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;
using Orleans.Runtime;
using static Livepeer.AzureStorage.Tests.Clustering.MembershipTestContext;

namespace Livepeer.AzureStorage.Tests.Clustering;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableGatewayListProviderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Lists_exactly_the_active_silos_that_have_a_gateway_port()
    {
        var tableName = UniqueNames.Table("members");
        var clusterId = UniqueNames.Id("cluster");
        var table = await CreateTableAsync(azurite, tableName, clusterId);
        var statuses = new[]
        {
            (SiloStatus.Active, 31001), (SiloStatus.Active, 31002), (SiloStatus.Active, 0),
            (SiloStatus.Joining, 31003), (SiloStatus.Dead, 31004), (SiloStatus.ShuttingDown, 31005), (SiloStatus.Stopping, 31006),
            (SiloStatus.Created, 31007), (SiloStatus.Dead, 0), (SiloStatus.None, 31008),
        };
        var entries = statuses.Select(s => NewEntry(status: s.Item1, proxyPort: s.Item2)).ToList();
        foreach (var entry in entries)
        {
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        }
        var provider = CreateProvider(tableName, clusterId);
        await provider.InitializeGatewayListProvider();

        var gateways = await provider.GetGateways();

        var expected = entries.Where(e => e.Status == SiloStatus.Active && e.ProxyPort > 0)
            .Select(e => SiloAddress.New(e.SiloAddress.Endpoint.Address, e.ProxyPort, e.SiloAddress.Generation).ToGatewayUri())
            .OrderBy(u => u.ToString());
        Assert.Equal(expected, gateways.OrderBy(u => u.ToString()));
        Assert.Equal(2, gateways.Count);
    }

    [Fact]
    public async Task Another_cluster_in_the_same_table_is_not_listed()
    {
        var tableName = UniqueNames.Table("members");
        var table = await CreateTableAsync(azurite, tableName);
        Assert.True(await table.InsertRow(NewEntry(status: SiloStatus.Active), (await table.ReadAll()).Version.Next()));

        Assert.Empty(await CreateProvider(tableName, UniqueNames.Id("other")).GetGateways());
    }

    [Fact]
    public async Task A_missing_table_yields_no_gateways_rather_than_an_error() =>
        Assert.Empty(await CreateProvider(UniqueNames.Table("missing"), UniqueNames.Id("cluster")).GetGateways());

    [Fact]
    public void Max_staleness_follows_the_gateway_refresh_period()
    {
        var provider = new AzureTableGatewayListProvider(
            Options(azurite, UniqueNames.Table("members")), new ClusterOptions { ClusterId = "c" },
            new GatewayOptions { GatewayListRefreshPeriod = TimeSpan.FromSeconds(7) }, NullLogger<AzureTableGatewayListProvider>.Instance);

        Assert.Equal(TimeSpan.FromSeconds(7), provider.MaxStaleness);
    }

    private AzureTableGatewayListProvider CreateProvider(string tableName, string clusterId) =>
        new(Options(azurite, tableName), new ClusterOptions { ClusterId = clusterId }, new GatewayOptions(), NullLogger<AzureTableGatewayListProvider>.Instance);
}
