using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Tests.Infrastructure;

namespace Livepeer.Grains.Tests.Directory;

[Collection(ClusterCollection.Name)]
public sealed class DirectoryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Configured_orchestrators_and_static_ones_are_listed_by_capability()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        Assert.Empty(await orchestrator.Configure(new OrchestratorSettings("https://o.example:8935", 1_000_000, 0, [new OrchestratorCapability(27, "model-a")])));

        var byDefault = await fixture.Client.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey).GetSnapshot();
        var textToImage = await fixture.Client.GetGrain<IOrchestratorDirectoryGrain>("27").GetSnapshot();

        var registered = Assert.Single(byDefault.Entries, e => e.Listing.Orchestrator == address);
        Assert.True(registered.Listing.InCluster);
        Assert.False(registered.Static);
        Assert.Equal("https://o.example:8935", registered.Listing.ServiceUri);
        var listed = Assert.Single(byDefault.Entries, e => e.Listing.Orchestrator == fixture.StaticOrchestrator);
        Assert.True(listed.Static);
        Assert.Equal(ClusterFixture.StaticOrchestratorUri, listed.Listing.ServiceUri);
        Assert.Contains(textToImage.Entries, e => e.Listing.Orchestrator == address);
        Assert.DoesNotContain(textToImage.Entries, e => e.Listing.Orchestrator == fixture.StaticOrchestrator);

        Assert.Empty(await orchestrator.Configure(new OrchestratorSettings("https://o.example:8935", 1_000_000, 0, [])));
        Assert.DoesNotContain((await fixture.Client.GetGrain<IOrchestratorDirectoryGrain>("27").GetSnapshot()).Entries, e => e.Listing.Orchestrator == address);
    }

    [Fact]
    public async Task Repeated_failures_suspend_and_a_success_lifts_the_suspension()
    {
        var directory = fixture.Client.GetGrain<IOrchestratorDirectoryGrain>($"suspensions-{Guid.NewGuid():N}");
        var address = Livepeer.Protocol.Crypto.EthKey.Generate().Address;
        await directory.Register(new OrchestratorListing(address, "https://x.example", false, []));

        await directory.ReportSuccess(address, TimeSpan.FromMilliseconds(100));
        await directory.ReportSuccess(address, TimeSpan.FromMilliseconds(200));
        for (int i = 0; i < 3; i++)
        {
            await directory.ReportFailure(address, "OrchestratorBusy");
        }
        var suspended = await directory.GetSnapshot();
        await directory.ReportSuccess(address, TimeSpan.FromMilliseconds(100));
        var lifted = await directory.GetSnapshot();

        var entry = Assert.Single(suspended.Entries);
        Assert.Equal(130, entry.LatencyMs!.Value, 6);
        Assert.Equal(3, entry.Failures);
        Assert.Equal("OrchestratorBusy", entry.LastError);
        Assert.True(entry.IsSuspendedAt(suspended.TakenAt));
        Assert.Empty(suspended.Available);
        Assert.Single(lifted.Available);
    }
}
