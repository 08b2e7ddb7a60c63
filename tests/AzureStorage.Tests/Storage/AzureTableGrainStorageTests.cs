using Livepeer.TestSupport.Azurite;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using static Livepeer.AzureStorage.Tests.Storage.StorageTestContext;

namespace Livepeer.AzureStorage.Tests.Storage;

/// <summary>
/// The grain storage contract (Orleans's storage TestKit assertions, re-expressed) against Azurite, in both clear
/// modes: keep an empty row (default) and delete the row.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableGrainStorageTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Write_then_read_round_trips_and_read_etag_equals_write_etag(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var written = NewState("Привет, мир — ёжик", 42, long.MaxValue);

        await storage.WriteStateAsync("state", grainId, written);
        var read = await ReadAsync(storage, grainId);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal(written.State, read.State);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task Insert_with_null_etag_over_an_existing_record_throws_inconsistent_state()
    {
        var storage = await CreateStorageAsync(azurite);
        var grainId = NewGrainId();
        var first = NewState("first");
        await storage.WriteStateAsync("state", grainId, first);

        var duplicate = NewState("second");
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", grainId, duplicate));

        Assert.Equal(first.ETag, error.StoredEtag);
        Assert.Equal(string.Empty, error.CurrentEtag);
        Assert.Equal("first", (await ReadAsync(storage, grainId)).State!.A);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Write_with_a_stale_etag_throws_with_both_etags_and_keeps_the_latest_record(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = NewState("v1", 1);
        await storage.WriteStateAsync("state", grainId, state);
        var staleEtag = state.ETag!;
        state.State = new TestState { A = "v2", B = 2 };
        await storage.WriteStateAsync("state", grainId, state);
        var latestEtag = state.ETag;

        var stale = new GrainState<TestState>(new TestState { A = "v3", B = 3 }, staleEtag);
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", grainId, stale));

        Assert.Equal(latestEtag, error.StoredEtag);
        Assert.Equal(staleEtag, error.CurrentEtag);
        Assert.Contains(staleEtag, error.Message, StringComparison.Ordinal);
        var read = await ReadAsync(storage, grainId);
        Assert.Equal(new TestState { A = "v2", B = 2 }, read.State);
        Assert.Equal(latestEtag, read.ETag);
    }

    [Fact]
    public async Task Parallel_writes_and_reads_on_many_grains_each_change_the_etag()
    {
        var storage = await CreateStorageAsync(azurite);
        var grains = Enumerable.Range(0, 50).Select(i => (Id: NewGrainId(), State: NewState("start", i))).ToList();
        foreach (var (id, state) in grains)
        {
            await storage.WriteStateAsync("state", id, state);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = 3 * Environment.ProcessorCount };
        await Parallel.ForEachAsync(grains, options, async (grain, _) =>
        {
            for (var round = 1; round <= 10; round++)
            {
                var before = grain.State.ETag;
                grain.State.State = new TestState { A = "round", B = grain.State.State!.B, C = round };
                await storage.WriteStateAsync("state", grain.Id, grain.State);
                Assert.NotEqual(before, grain.State.ETag);

                var read = await ReadAsync(storage, grain.Id);
                Assert.Equal(grain.State.State, read.State);
                Assert.Equal(grain.State.ETag, read.ETag);
            }
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reading_a_missing_record_resets_to_a_fresh_default_state(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var state = new GrainState<TestState>(new TestState { A = "leftover", B = 9 }, "W/\"stale\"") { RecordExists = true };

        await storage.ReadStateAsync("state", NewGrainId(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(new TestState(), state.State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Write_clear_write_changes_the_etag_each_time_and_tracks_record_exists(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = NewState("one", 1);

        await storage.WriteStateAsync("state", grainId, state);
        var afterWrite = state.ETag;
        Assert.True(state.RecordExists);

        await storage.ClearStateAsync("state", grainId, state);
        var afterClear = state.ETag;
        Assert.False(state.RecordExists);
        Assert.NotEqual(afterWrite, afterClear);

        state.State = new TestState { A = "two", B = 2 };
        await storage.WriteStateAsync("state", grainId, state);
        Assert.True(state.RecordExists);
        Assert.NotEqual(afterClear, state.ETag);
        Assert.NotEqual(afterWrite, state.ETag);

        var read = await ReadAsync(storage, grainId);
        Assert.Equal(new TestState { A = "two", B = 2 }, read.State);
        Assert.True(read.RecordExists);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Writing_the_cleared_default_state_with_the_cleared_etag_succeeds(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = NewState("gone", 5, 6);
        await storage.WriteStateAsync("state", grainId, state);
        await storage.ClearStateAsync("state", grainId, state);

        await storage.WriteStateAsync("state", grainId, state);

        var read = await ReadAsync(storage, grainId);
        Assert.Equal(new TestState(), read.State);
        Assert.True(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task String_integer_and_guid_keyed_grains_round_trip_independently()
    {
        var storage = await CreateStorageAsync(azurite);
        var number = Random.Shared.NextInt64();
        var ids = new[]
        {
            GrainId.Create("test-state", "key-" + number),
            GrainId.Create(GrainType.Create("test-state"), GrainIdKeyExtensions.CreateIntegerKey(number)),
            GrainId.Create(GrainType.Create("test-state"), GrainIdKeyExtensions.CreateIntegerKey(number, "ext")),
            GrainId.Create(GrainType.Create("test-state"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
        };
        for (var i = 0; i < ids.Length; i++)
        {
            await storage.WriteStateAsync("state", ids[i], NewState(ids[i].ToString(), i));
        }

        for (var i = 0; i < ids.Length; i++)
        {
            var read = await ReadAsync(storage, ids[i]);
            Assert.Equal(new TestState { A = ids[i].ToString(), B = i }, read.State);
        }
    }

    [Fact]
    public async Task Every_write_gets_a_new_etag_even_with_unchanged_values()
    {
        var storage = await CreateStorageAsync(azurite);
        var grainId = NewGrainId();
        var state = NewState("same", 1, 1);
        var etags = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            await storage.WriteStateAsync("state", grainId, state);
            etags.Add(state.ETag);
        }

        Assert.Equal(3, etags.Distinct().Count());
        Assert.DoesNotContain(null, etags);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Clearing_before_any_write_and_clearing_twice_succeed_and_never_leave_state_null(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = new GrainState<TestState>(new TestState { A = "unsaved", B = 3 });

        await storage.ClearStateAsync("state", grainId, state);
        Assert.False(state.RecordExists);
        Assert.Equal(new TestState(), state.State);

        await storage.ClearStateAsync("state", grainId, state);
        Assert.False(state.RecordExists);
        Assert.NotNull(state.State);

        var read = await ReadAsync(storage, grainId);
        Assert.False(read.RecordExists);
        Assert.Equal(new TestState(), read.State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Clear_changes_the_etag_to_null_or_a_new_value(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = NewState("x");
        await storage.WriteStateAsync("state", grainId, state);
        var written = state.ETag;

        await storage.ClearStateAsync("state", grainId, state);

        Assert.NotEqual(written, state.ETag);
        if (deleteOnClear)
        {
            Assert.Null(state.ETag);
        }
        else
        {
            Assert.NotNull(state.ETag);
            Assert.Equal(state.ETag, (await ReadAsync(storage, grainId)).ETag);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Clear_with_a_stale_etag_throws_and_leaves_the_latest_record(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = NewState("v1");
        await storage.WriteStateAsync("state", grainId, state);
        var staleEtag = state.ETag;
        state.State = new TestState { A = "v2" };
        await storage.WriteStateAsync("state", grainId, state);

        var stale = new GrainState<TestState>(new TestState { A = "v1" }, staleEtag!);
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("state", grainId, stale));

        Assert.Equal(state.ETag, error.StoredEtag);
        Assert.Equal(staleEtag, error.CurrentEtag);
        var read = await ReadAsync(storage, grainId);
        Assert.True(read.RecordExists);
        Assert.Equal("v2", read.State!.A);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Two_state_names_on_one_grain_are_independent_records()
    {
        var storage = await CreateStorageAsync(azurite);
        var grainId = NewGrainId();
        var first = NewState("first", 1);
        var second = NewState("second", 2);
        await storage.WriteStateAsync("one", grainId, first);
        await storage.WriteStateAsync("two", grainId, second);

        await storage.ClearStateAsync("one", grainId, first);

        Assert.False((await ReadAsync(storage, grainId, "one")).RecordExists);
        var two = await ReadAsync(storage, grainId, "two");
        Assert.True(two.RecordExists);
        Assert.Equal(new TestState { A = "second", B = 2 }, two.State);
        Assert.Equal(second.ETag, two.ETag);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Write_read_clear_read_reports_no_record_with_a_non_null_default_state(bool deleteOnClear)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = NewState("here", 7);
        await storage.WriteStateAsync("state", grainId, state);
        var read = await ReadAsync(storage, grainId);
        Assert.Equal(state.ETag, read.ETag);

        await storage.ClearStateAsync("state", grainId, read);
        var afterClear = await ReadAsync(storage, grainId);

        Assert.False(afterClear.RecordExists);
        Assert.Equal(new TestState(), afterClear.State);
        Assert.Equal(read.ETag, afterClear.ETag);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task A_null_etag_insert_after_clear_fails_only_while_the_cleared_row_is_retained(bool deleteOnClear, bool insertSucceeds)
    {
        var storage = await CreateStorageAsync(azurite, deleteOnClear);
        var grainId = NewGrainId();
        var state = NewState("v1");
        await storage.WriteStateAsync("state", grainId, state);
        await storage.ClearStateAsync("state", grainId, state);

        var fresh = NewState("v2");
        var insert = storage.WriteStateAsync("state", grainId, fresh);

        if (insertSucceeds)
        {
            await insert;
            Assert.Equal("v2", (await ReadAsync(storage, grainId)).State!.A);
        }
        else
        {
            var error = await Assert.ThrowsAsync<InconsistentStateException>(() => insert);
            Assert.Equal(state.ETag, error.StoredEtag);
        }
    }

    [Fact]
    public async Task With_delete_on_clear_a_stale_clear_or_write_against_a_deleted_row_throws_inconsistent_state()
    {
        var storage = await CreateStorageAsync(azurite, deleteStateOnClear: true);
        var grainId = NewGrainId();
        var first = NewState("v1");
        await storage.WriteStateAsync("state", grainId, first);
        var other = new GrainState<TestState>(new TestState { A = "other" }, first.ETag!);
        await storage.ClearStateAsync("state", grainId, first);

        var clearError = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("state", grainId, other));
        var writeError = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", grainId, other));

        Assert.Equal(string.Empty, clearError.StoredEtag);
        Assert.Equal(other.ETag, clearError.CurrentEtag);
        Assert.Equal(string.Empty, writeError.StoredEtag);
        Assert.False((await ReadAsync(storage, grainId)).RecordExists);
    }

    [Fact]
    public async Task Star_etag_overwrites_unconditionally()
    {
        var storage = await CreateStorageAsync(azurite);
        var grainId = NewGrainId();
        await storage.WriteStateAsync("state", grainId, NewState("old"));

        var forced = new GrainState<TestState>(new TestState { A = "forced" }, "*");
        await storage.WriteStateAsync("state", grainId, forced);

        Assert.NotEqual("*", forced.ETag);
        Assert.Equal("forced", (await ReadAsync(storage, grainId)).State!.A);
    }
}
