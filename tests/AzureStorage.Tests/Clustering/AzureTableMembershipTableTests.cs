using System.Net;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Orleans;
using Orleans.Runtime;
using static Livepeer.AzureStorage.Tests.Clustering.MembershipTestContext;

namespace Livepeer.AzureStorage.Tests.Clustering;

/// <summary>The membership table contract (Orleans's MembershipTableTestsBase assertions, re-expressed) against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableMembershipTableTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ReadAll_on_a_new_table_has_no_members_version_zero_and_a_version_etag()
    {
        var table = await CreateTableAsync(azurite);

        var data = await table.ReadAll();

        Assert.Empty(data.Members);
        Assert.Equal(0, data.Version.Version);
        Assert.NotNull(data.Version.VersionEtag);
    }

    [Fact]
    public async Task InsertRow_with_the_next_version_succeeds_and_bumps_the_version()
    {
        var table = await CreateTableAsync(azurite);
        var entry = NewEntry();

        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));

        var data = await table.ReadAll();
        Assert.Equal(1, data.Version.Version);
        var member = Assert.Single(data.Members);
        Assert.Equal(entry.ToFullString(), member.Item1.ToFullString());
        Assert.NotNull(member.Item2);
    }

    [Fact]
    public async Task InsertRow_refuses_stale_versions_and_duplicates_without_changing_anything()
    {
        var table = await CreateTableAsync(azurite);
        var first = NewEntry();
        var second = NewEntry();
        var version0 = (await table.ReadAll()).Version;
        Assert.True(await table.InsertRow(first, version0.Next()));

        Assert.False(await table.InsertRow(first, version0.Next()));
        Assert.False(await table.InsertRow(second, version0.Next()));
        var version1 = (await table.ReadAll()).Version;
        Assert.False(await table.InsertRow(first, version1.Next()));

        var row = await table.ReadRow(first.SiloAddress);
        Assert.Equal(version1, row.Version);
        Assert.Equal(1, row.Version.Version);
        Assert.NotEqual(version0.VersionEtag, row.Version.VersionEtag);
        Assert.Equal(first.ToFullString(), Assert.Single(row.Members).Item1.ToFullString());
        Assert.Single((await table.ReadAll()).Members);
    }

    [Fact]
    public async Task UpdateRow_needs_both_the_current_row_etag_and_the_current_version()
    {
        var table = await CreateTableAsync(azurite);
        for (var i = 0; i < 9; i++)
        {
            var entry = NewEntry();
            var beforeInsert = (await table.ReadAll()).Version;
            Assert.True(await table.InsertRow(entry, beforeInsert.Next()));

            var data = await table.ReadAll();
            var (_, rowEtag) = RowOf(data, entry.SiloAddress);
            var version = data.Version;

            var updated = Copy(entry);
            updated.Status = SiloStatus.Active;
            updated.IAmAliveTime = DateTime.UtcNow.AddSeconds(1);
            updated.AddSuspector(NewSilo(), DateTime.UtcNow);

            Assert.False(await table.UpdateRow(updated, rowEtag, beforeInsert.Next()));
            Assert.True(await table.UpdateRow(updated, rowEtag, version.Next()));

            var afterUpdate = await table.ReadAll();
            var (readBack, newRowEtag) = RowOf(afterUpdate, entry.SiloAddress);
            Assert.Equal(updated.ToFullString(), readBack.ToFullString());
            Assert.NotEqual(rowEtag, newRowEtag);
            Assert.Equal(version.Version + 1, afterUpdate.Version.Version);

            Assert.False(await table.UpdateRow(updated, rowEtag, afterUpdate.Version.Next()));
            var afterFailure = await table.ReadAll();
            Assert.Equal(newRowEtag, RowOf(afterFailure, entry.SiloAddress).ETag);
            Assert.Equal(afterUpdate.Version, afterFailure.Version);
            Assert.Equal(i + 1, afterFailure.Members.Count);
        }
    }

    [Fact]
    public async Task Concurrent_inserts_admit_exactly_one_and_concurrent_updates_each_win_once()
    {
        var table = await CreateTableAsync(azurite);
        var entry = NewEntry();
        var version0 = (await table.ReadAll()).Version;

        var inserts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => table.InsertRow(Copy(entry), version0.Next()))));
        Assert.Single(inserts, inserted => inserted);

        await Task.WhenAll(Enumerable.Range(0, 19).Select(worker => Task.Run(async () =>
        {
            while (true)
            {
                var data = await table.ReadAll();
                var (current, etag) = RowOf(data, entry.SiloAddress);
                var next = Copy(current);
                next.UpdateZone = worker;
                if (await table.UpdateRow(next, etag, data.Version.Next()))
                {
                    return;
                }
            }
        })));

        var final = await table.ReadAll();
        Assert.Equal(20, final.Version.Version);
        Assert.Single(final.Members);
    }

    [Fact]
    public async Task UpdateIAmAlive_changes_only_the_alive_time_and_not_the_version()
    {
        var table = await CreateTableAsync(azurite);
        var entry = NewEntry();
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        var before = await table.ReadRow(entry.SiloAddress);

        var alive = Copy(entry);
        alive.IAmAliveTime = entry.IAmAliveTime.AddMinutes(3);
        alive.Status = SiloStatus.Dead; // must be ignored: only the alive time is written
        await table.UpdateIAmAlive(alive);

        var after = await table.ReadRow(entry.SiloAddress);
        var row = Assert.Single(after.Members).Item1;
        Assert.Equal(alive.IAmAliveTime, row.IAmAliveTime);
        Assert.Equal(entry.Status, row.Status);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Cleanup_removes_only_old_rows_that_are_not_active()
    {
        var table = await CreateTableAsync(azurite);
        var old = DateTime.UtcNow.AddDays(-10);
        foreach (var status in Enum.GetValues<SiloStatus>())
        {
            var entry = NewEntry(status: status);
            entry.StartTime = old;
            entry.IAmAliveTime = old;
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        }
        var fresh = NewEntry(status: SiloStatus.Dead);
        Assert.True(await table.InsertRow(fresh, (await table.ReadAll()).Version.Next()));
        var versionBefore = (await table.ReadAll()).Version;

        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddDays(-7));

        var data = await table.ReadAll();
        Assert.Equal(2, data.Members.Count);
        Assert.Contains(data.Members, m => m.Item1.SiloAddress.Equals(fresh.SiloAddress));
        Assert.Contains(data.Members, m => m.Item1.Status == SiloStatus.Active && m.Item1.IAmAliveTime == old);
        Assert.Equal(versionBefore, data.Version);
    }

    [Fact]
    public async Task ReadRow_of_an_unknown_silo_returns_only_the_version()
    {
        var table = await CreateTableAsync(azurite);
        Assert.True(await table.InsertRow(NewEntry(), (await table.ReadAll()).Version.Next()));

        var data = await table.ReadRow(NewSilo());

        Assert.Empty(data.Members);
        Assert.Equal(1, data.Version.Version);
    }

    [Fact]
    public async Task Entries_round_trip_exactly_including_ipv6_null_fields_and_suspect_lists()
    {
        var table = await CreateTableAsync(azurite);
        var withSuspects = NewEntry(NewSilo(IPAddress.IPv6Loopback), SiloStatus.Active);
        withSuspects.AddSuspector(NewSilo(IPAddress.Parse("fe80::1")), DateTime.UtcNow.AddTicks(-12345));
        withSuspects.AddSuspector(NewSilo(), DateTime.UtcNow);
        var bare = new MembershipEntry { SiloAddress = NewSilo(), Status = SiloStatus.Created };
        var emptySuspects = NewEntry();

        foreach (var entry in new[] { withSuspects, bare, emptySuspects })
        {
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        }

        var data = await table.ReadAll();
        foreach (var entry in new[] { withSuspects, bare, emptySuspects })
        {
            var read = RowOf(data, entry.SiloAddress).Entry;
            Assert.Equal(entry.ToFullString(), read.ToFullString());
            Assert.Equal(entry.SuspectTimes is null, read.SuspectTimes is null);
            Assert.Equal(entry.StartTime, read.StartTime);
            Assert.Equal(entry.IAmAliveTime, read.IAmAliveTime);
        }
    }

    [Fact]
    public async Task Without_a_version_row_the_first_insert_creates_it_and_a_racing_one_loses()
    {
        var table = await CreateTableAsync(azurite, initVersion: false);
        var version = (await table.ReadAll()).Version;
        Assert.Null(version.VersionEtag);

        Assert.True(await table.InsertRow(NewEntry(), version.Next()));
        Assert.False(await table.InsertRow(NewEntry(), version.Next()));

        var data = await table.ReadAll();
        Assert.Equal(1, data.Version.Version);
        Assert.NotNull(data.Version.VersionEtag);
    }

    [Fact]
    public async Task Initializing_again_keeps_the_version_and_rows()
    {
        var table = await CreateTableAsync(azurite);
        Assert.True(await table.InsertRow(NewEntry(), (await table.ReadAll()).Version.Next()));
        var before = await table.ReadAll();

        await table.InitializeMembershipTable(true);

        var after = await table.ReadAll();
        Assert.Equal(before.Version, after.Version);
        Assert.Single(after.Members);
    }

    [Fact]
    public async Task DeleteMembershipTableEntries_removes_one_cluster_and_leaves_others()
    {
        var tableName = UniqueNames.Table("members");
        var doomedId = UniqueNames.Id("doomed");
        var doomed = await CreateTableAsync(azurite, tableName, doomedId);
        var survivor = await CreateTableAsync(azurite, tableName);
        Assert.True(await doomed.InsertRow(NewEntry(), (await doomed.ReadAll()).Version.Next()));
        Assert.True(await survivor.InsertRow(NewEntry(), (await survivor.ReadAll()).Version.Next()));

        await survivor.DeleteMembershipTableEntries(doomedId);

        var gone = await doomed.ReadAll();
        Assert.Empty(gone.Members);
        Assert.Null(gone.Version.VersionEtag);
        Assert.Single((await survivor.ReadAll()).Members);
    }
}
