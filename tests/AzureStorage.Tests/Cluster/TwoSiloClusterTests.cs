using System.Diagnostics;
using Livepeer.AzureStorage.Clustering;
using Livepeer.AzureStorage.Storage;
using Livepeer.AzureStorage.Tests.Grains;
using Livepeer.TestSupport;
using Livepeer.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Livepeer.AzureStorage.Tests.Cluster;

/// <summary>Two real silos on our membership table and grain storage: the cluster forms, and survives losing a silo.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoSiloClusterTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan DeathDetectionTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_survivor_serves_a_killed_silos_grain_with_its_persisted_state()
    {
        var settings = new ClusterSettings(azurite.ConnectionString, UniqueNames.Table("members"), UniqueNames.Table("state"));
        var builder = new TestClusterBuilder(2);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Options.ClusterId = UniqueNames.Id("cluster");
        builder.Options.ServiceId = UniqueNames.Id("service");
        foreach (var (key, value) in settings.ToProperties())
        {
            builder.Properties[key] = value;
        }
        builder.AddSiloBuilderConfigurator<AzureTableSiloConfigurator>();
        builder.AddClientBuilderConfigurator<AzureTableClientConfigurator>();
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            var membership = new AzureTableMembershipTable(
                new AzureTableClusteringOptions { ConnectionString = settings.ConnectionString, TableName = settings.MembershipTable },
                new ClusterOptions { ClusterId = cluster.Options.ClusterId },
                NullLogger<AzureTableMembershipTable>.Instance);

            var formed = await membership.ReadAll();
            Assert.Equal(
                cluster.Silos.Select(s => s.SiloAddress).OrderBy(a => a),
                formed.Members.Where(m => m.Item1.Status == SiloStatus.Active).Select(m => m.Item1.SiloAddress).OrderBy(a => a));

            var grain = cluster.Client.GetGrain<ICounterGrain>("counter-" + Guid.NewGuid().ToString("N"));
            await grain.Add(5);
            var before = await grain.Add(7);
            Assert.Equal((12, 2), (before.Value, before.Writes));
            Assert.Equal(12, await ReadStoredValueAsync(settings, cluster.Options.ServiceId, grain.GetGrainId()));

            var victim = cluster.Silos.Single(s => s.SiloAddress.ToParsableString() == before.Silo);
            var survivor = cluster.Silos.Single(s => s != victim);
            await cluster.KillSiloAsync(victim);
            await WaitUntilDeadAsync(membership, victim.SiloAddress);

            var after = await grain.Read();
            Assert.Equal(survivor.SiloAddress.ToParsableString(), after.Silo);
            Assert.Equal((12, 2), (after.Value, after.Writes));
            var next = await grain.Add(1);
            Assert.Equal((13, 3), (next.Value, next.Writes));
            Assert.Equal(13, await ReadStoredValueAsync(settings, cluster.Options.ServiceId, grain.GetGrainId()));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static async Task WaitUntilDeadAsync(AzureTableMembershipTable membership, SiloAddress silo)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var row = (await membership.ReadRow(silo)).TryGet(silo);
            if (row?.Item1.Status == SiloStatus.Dead)
            {
                return;
            }
            Assert.True(clock.Elapsed < DeathDetectionTimeout, $"Silo {silo} was not declared dead within {DeathDetectionTimeout}; last status {row?.Item1.Status}.");
            await Task.Delay(200);
        }
    }

    private static async Task<int> ReadStoredValueAsync(ClusterSettings settings, string serviceId, GrainId grainId)
    {
        var storage = new AzureTableGrainStorage(
            "reader",
            new AzureTableGrainStorageOptions { ConnectionString = settings.ConnectionString, TableName = settings.StateTable },
            new ClusterOptions { ClusterId = "any", ServiceId = serviceId },
            NullLogger<AzureTableGrainStorage>.Instance);
        var state = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", grainId, state);
        Assert.True(state.RecordExists);
        return state.State!.Value;
    }
}
