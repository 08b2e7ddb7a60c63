using System.Net;
using Azure.Data.Tables;
using Livepeer.AzureStorage.Clustering;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;
using Orleans;
using Orleans.Runtime;
using static Livepeer.AzureStorage.Tests.Clustering.MembershipTestContext;

namespace Livepeer.AzureStorage.Tests.Clustering;

/// <summary>A cluster partition larger than one query page (1000 entities) must still be read as one consistent snapshot.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MembershipPaginationTests(AzuriteFixture azurite)
{
    private const int BulkRows = 1100;

    [Fact]
    public async Task ReadAll_across_pages_returns_every_row_and_stays_consistent_under_concurrent_updates()
    {
        var tableName = UniqueNames.Table("members");
        var clusterId = UniqueNames.Id("cluster");
        // Generous retries: the writer below changes the version far more often than a real cluster does.
        var options = Options(azurite, tableName);
        options.MaxReadAttempts = 20;
        var table = new AzureTableMembershipTable(options, new ClusterOptions { ClusterId = clusterId }, NullLogger<AzureTableMembershipTable>.Instance);
        await table.InitializeMembershipTable(true);
        await AddDeadRowsAsync(tableName, clusterId);

        // 1.1.1.1 sorts before the bulk 10.x rows, the version row after them: a torn read would pair an old row with a new version.
        var watched = NewEntry(SiloAddress.New(IPAddress.Parse("1.1.1.1"), 11111, 1), SiloStatus.Active);
        watched.UpdateZone = 1;
        Assert.True(await table.InsertRow(watched, (await table.ReadAll()).Version.Next()));

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var updates = 0;
            while (!stop.IsCancellationRequested)
            {
                var row = await table.ReadRow(watched.SiloAddress);
                var (current, etag) = RowOf(row, watched.SiloAddress);
                var next = Copy(current);
                next.UpdateZone = row.Version.Version + 1; // each update records the version it creates
                if (await table.UpdateRow(next, etag, row.Version.Next()))
                {
                    updates++;
                }
                await Task.Delay(300);
            }
            return updates;
        });

        try
        {
            for (var read = 0; read < 8; read++)
            {
                var snapshot = await table.ReadAll();
                Assert.Equal(BulkRows + 1, snapshot.Members.Count);
                Assert.Equal(snapshot.Version.Version, RowOf(snapshot, watched.SiloAddress).Entry.UpdateZone);
            }
        }
        finally
        {
            await stop.CancelAsync();
        }
        Assert.True(await writer > 0);
    }

    private async Task AddDeadRowsAsync(string tableName, string clusterId)
    {
        var client = new TableClient(azurite.ConnectionString, tableName);
        var partitionKey = SiloRow.PartitionKeyFor(clusterId);
        var rows = Enumerable.Range(0, BulkRows).Select(i =>
        {
            var entry = NewEntry(SiloAddress.New(new IPAddress([10, 0, (byte)(i / 256), (byte)(i % 256)]), 11111, 1), SiloStatus.Dead);
            return SiloRow.ToEntity(partitionKey, entry);
        });
        foreach (var chunk in rows.Chunk(100))
        {
            await client.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
        }
    }
}
