using Livepeer.AzureStorage.Storage;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Livepeer.AzureStorage.Tests.Storage;

/// <summary>Builds providers on fresh tables and grain ids no other test uses.</summary>
internal static class StorageTestContext
{
    public static async Task<AzureTableGrainStorage> CreateStorageAsync(AzuriteFixture azurite, bool deleteStateOnClear = false, string? tableName = null)
    {
        var storage = Create(azurite, deleteStateOnClear, tableName ?? UniqueNames.Table("state"));
        await storage.InitializeAsync();
        return storage;
    }

    public static AzureTableGrainStorage Create(AzuriteFixture azurite, bool deleteStateOnClear, string tableName, string serviceId = "svc") =>
        new(
            "test",
            new AzureTableGrainStorageOptions
            {
                ConnectionString = azurite.ConnectionString,
                TableName = tableName,
                DeleteStateOnClear = deleteStateOnClear,
            },
            new ClusterOptions { ClusterId = "cluster", ServiceId = serviceId },
            NullLogger<AzureTableGrainStorage>.Instance);

    public static GrainId NewGrainId() => GrainId.Create("test-state", Guid.NewGuid().ToString("N"));

    public static GrainState<TestState> NewState(string a = "", int b = 0, long c = 0) => new(new TestState { A = a, B = b, C = c });

    public static async Task<GrainState<TestState>> ReadAsync(AzureTableGrainStorage storage, GrainId grainId, string stateName = "state")
    {
        var state = new GrainState<TestState>();
        await storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }
}
