using System.Text;
using Azure.Data.Tables;
using Livepeer.AzureStorage.Storage;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Orleans;
using Orleans.Runtime;
using static Livepeer.AzureStorage.Tests.Storage.StorageTestContext;

namespace Livepeer.AzureStorage.Tests.Storage;

/// <summary>How state lands in the table: chunking at the size limits, key escaping, table creation, service isolation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableGrainStorageLayoutTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_largest_state_that_fits_round_trips_across_all_eleven_columns()
    {
        var tableName = UniqueNames.Table("state");
        var storage = await CreateStorageAsync(azurite, tableName: tableName);
        var grainId = NewGrainId();
        var state = NewState(PayloadFilling(AzureTableGrainStorageOptions.MaxStateSize), 1, 2);

        await storage.WriteStateAsync("state", grainId, state);

        var (partitionKey, rowKey) = storage.KeysFor("state", grainId);
        var entity = (await new TableClient(azurite.ConnectionString, tableName).GetEntityAsync<TableEntity>(partitionKey, rowKey)).Value;
        Assert.Equal(AzureTableGrainStorageOptions.MaxStateSize, entity.GetInt32(StateColumns.SizeColumn));
        for (var i = 0; i < AzureTableGrainStorageOptions.MaxChunks; i++)
        {
            Assert.Equal(AzureTableGrainStorageOptions.ChunkSize, entity.GetBinary(StateColumns.DataColumn(i))!.Length);
        }
        var read = await ReadAsync(storage, grainId);
        Assert.Equal(state.State, read.State);
    }

    [Fact]
    public async Task A_state_one_byte_over_the_limit_is_refused_and_the_stored_state_survives()
    {
        var storage = await CreateStorageAsync(azurite);
        var grainId = NewGrainId();
        var state = NewState("small");
        await storage.WriteStateAsync("state", grainId, state);
        var etag = state.ETag;

        state.State = new TestState { A = PayloadFilling(AzureTableGrainStorageOptions.MaxStateSize + 1) };
        var error = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => storage.WriteStateAsync("state", grainId, state));

        Assert.Equal(AzureTableGrainStorageOptions.MaxStateSize + 1, error.Size);
        Assert.Equal(AzureTableGrainStorageOptions.MaxStateSize, error.Limit);
        Assert.Contains(grainId.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(etag, state.ETag);
        var read = await ReadAsync(storage, grainId);
        Assert.Equal("small", read.State!.A);
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task A_small_state_uses_one_column()
    {
        var tableName = UniqueNames.Table("state");
        var storage = await CreateStorageAsync(azurite, tableName: tableName);
        var grainId = NewGrainId();
        await storage.WriteStateAsync("state", grainId, NewState("tiny"));

        var (partitionKey, rowKey) = storage.KeysFor("state", grainId);
        var entity = (await new TableClient(azurite.ConnectionString, tableName).GetEntityAsync<TableEntity>(partitionKey, rowKey)).Value;
        Assert.NotNull(entity.GetBinary(StateColumns.DataColumn(0)));
        Assert.False(entity.ContainsKey(StateColumns.DataColumn(1)));
    }

    [Fact]
    public async Task Keys_with_characters_the_service_rejects_and_over_long_keys_round_trip_without_collisions()
    {
        var storage = await CreateStorageAsync(azurite);
        var longPrefix = new string('k', 1500);
        string[] keys =
        [
            "a/b", "a_b", "a\\b", "a#b", "a?b", "tab\there", "nul\0bell\a", "del\u007f\u0085", "~7E", "~", "~2F", "emoji-😀",
            "lone\uD800surrogate", longPrefix + "-one", longPrefix + "-two", string.Concat(Enumerable.Repeat("😀", 400)),
        ];
        var ids = keys.Select(k => GrainId.Create("test-state", k)).ToArray();
        string[] stateNames = ["plain", "with/slash", "with#hash?", new string('s', 700)];

        for (var i = 0; i < ids.Length; i++)
        {
            foreach (var stateName in stateNames)
            {
                await storage.WriteStateAsync(stateName, ids[i], NewState(i + "|" + stateName, i));
            }
        }

        for (var i = 0; i < ids.Length; i++)
        {
            foreach (var stateName in stateNames)
            {
                var read = await ReadAsync(storage, ids[i], stateName);
                Assert.Equal(new TestState { A = i + "|" + stateName, B = i }, read.State);
            }
        }
    }

    [Fact]
    public async Task Initialize_creates_the_table_and_is_idempotent()
    {
        var tableName = UniqueNames.Table("state");
        var storage = Create(azurite, deleteStateOnClear: false, tableName);
        var service = new TableServiceClient(azurite.ConnectionString);
        Assert.Empty(await service.QueryAsync(t => t.Name == tableName).ToListAsync());

        await storage.InitializeAsync();
        await storage.InitializeAsync();

        Assert.Single(await service.QueryAsync(t => t.Name == tableName).ToListAsync());
    }

    [Fact]
    public async Task Two_services_sharing_a_table_keep_separate_state_for_the_same_grain()
    {
        var tableName = UniqueNames.Table("state");
        var first = Create(azurite, deleteStateOnClear: false, tableName, serviceId: "service-a");
        var second = Create(azurite, deleteStateOnClear: false, tableName, serviceId: "service-b");
        await first.InitializeAsync();
        var grainId = NewGrainId();

        await first.WriteStateAsync("state", grainId, NewState("a"));
        await second.WriteStateAsync("state", grainId, NewState("b"));

        Assert.Equal("a", (await ReadAsync(first, grainId)).State!.A);
        Assert.Equal("b", (await ReadAsync(second, grainId)).State!.A);
    }

    [Fact]
    public async Task A_configured_serializer_is_the_one_that_writes_and_reads()
    {
        var tableName = UniqueNames.Table("state");
        var serializer = new CountingSerializer();
        var storage = new AzureTableGrainStorage(
            "counting",
            new AzureTableGrainStorageOptions { ConnectionString = azurite.ConnectionString, TableName = tableName, GrainStorageSerializer = serializer },
            new Orleans.Configuration.ClusterOptions { ClusterId = "c", ServiceId = "s" },
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AzureTableGrainStorage>.Instance);
        await storage.InitializeAsync();
        var grainId = NewGrainId();

        await storage.WriteStateAsync("state", grainId, NewState("counted", 3));
        var read = await ReadAsync(storage, grainId);

        Assert.Equal((1, 1), (serializer.Serialized, serializer.Deserialized));
        Assert.Equal(new TestState { A = "counted", B = 3 }, read.State);
    }

    /// <summary>A string that makes the default (System.Text.Json) payload of a <see cref="TestState"/> exactly <paramref name="bytes"/> long.</summary>
    private static string PayloadFilling(int bytes)
    {
        var overhead = AzureTableGrainStorageOptions.CreateDefaultSerializer().Serialize(new TestState { B = 1, C = 2 }).ToMemory().Length;
        var filler = new string('x', bytes - overhead);
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(
            AzureTableGrainStorageOptions.CreateDefaultSerializer().Serialize(new TestState { A = filler, B = 1, C = 2 }).ToString()));
        return filler;
    }
}
