using System.Net;
using Livepeer.AzureStorage.Clustering;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Livepeer.AzureStorage.Tests.Clustering;

/// <summary>Fresh membership tables, cluster ids and entries for each test.</summary>
internal static class MembershipTestContext
{
    public static AzureTableClusteringOptions Options(AzuriteFixture azurite, string tableName) =>
        new() { ConnectionString = azurite.ConnectionString, TableName = tableName };

    public static async Task<AzureTableMembershipTable> CreateTableAsync(
        AzuriteFixture azurite, string? tableName = null, string? clusterId = null, bool initVersion = true)
    {
        var table = Create(azurite, tableName ?? UniqueNames.Table("members"), clusterId ?? UniqueNames.Id("cluster"));
        await table.InitializeMembershipTable(initVersion);
        return table;
    }

    public static AzureTableMembershipTable Create(AzuriteFixture azurite, string tableName, string clusterId) =>
        new(Options(azurite, tableName), new ClusterOptions { ClusterId = clusterId, ServiceId = "svc" }, NullLogger<AzureTableMembershipTable>.Instance);

    public static SiloAddress NewSilo(IPAddress? address = null) =>
        SiloAddress.New(address ?? IPAddress.Loopback, Random.Shared.Next(1024, 65000), Random.Shared.Next(1, int.MaxValue));

    public static MembershipEntry NewEntry(SiloAddress? silo = null, SiloStatus status = SiloStatus.Joining, int proxyPort = 30000)
    {
        var now = DateTime.UtcNow;
        var address = silo ?? NewSilo();
        return new MembershipEntry
        {
            SiloAddress = address,
            Status = status,
            ProxyPort = proxyPort,
            HostName = "host-" + address.Endpoint.Port,
            SiloName = "silo-" + address.Generation,
            RoleName = "Livepeer.Silo",
            UpdateZone = 1,
            FaultZone = 2,
            StartTime = now,
            IAmAliveTime = now,
            SuspectTimes = [],
        };
    }

    /// <summary>The row of <paramref name="silo"/> in a snapshot; fails the test when absent.</summary>
    public static (MembershipEntry Entry, string ETag) RowOf(MembershipTableData data, SiloAddress silo)
    {
        var row = data.TryGet(silo);
        Assert.NotNull(row);
        return (row.Item1, row.Item2);
    }

    /// <summary>A copy of <paramref name="entry"/> (MembershipEntry is mutable and shared by reference).</summary>
    public static MembershipEntry Copy(MembershipEntry entry) => new()
    {
        SiloAddress = entry.SiloAddress,
        Status = entry.Status,
        ProxyPort = entry.ProxyPort,
        HostName = entry.HostName,
        SiloName = entry.SiloName,
        RoleName = entry.RoleName,
        UpdateZone = entry.UpdateZone,
        FaultZone = entry.FaultZone,
        StartTime = entry.StartTime,
        IAmAliveTime = entry.IAmAliveTime,
        SuspectTimes = entry.SuspectTimes?.ToList(),
    };
}
