using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;

namespace Livepeer.Grains.Tests.Directory;

[Collection(ClusterCollection.Name)]
public sealed class DirectoryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Configured_orchestrators_are_listed_with_their_prices_next_to_static_ones()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0, pricePerUnit: 3, pixelsPerUnit: 2);
        Assert.Empty(await orchestrator.Configure(new OrchestratorSettings("https://o.example:8935", 1_000_000, 0, [new OrchestratorCapability(Capability.TextToImage, "model-a")])));
        Assert.Empty(await orchestrator.SetPrices(new PriceBook(new PriceEntry(null, null, null, 3, 2), false,
            [new PriceEntry(null, Capability.TextToImage, "model-a", 7, 1), new PriceEntry(EthKey.Generate().Address, null, null, 1, 1)])));

        var byDefault = await Directory(IOrchestratorDirectoryGrain.DefaultKey).GetSnapshot();
        var textToImage = await Directory("27").GetSnapshot();

        var registered = Assert.Single(byDefault.Entries, e => e.Listing.Orchestrator == address);
        Assert.True(registered.Listing.InCluster);
        Assert.False(registered.Static);
        Assert.Equal(1_000, registered.Stake);
        Assert.Equal("https://o.example:8935", registered.Listing.ServiceUri);
        // Sender-specific prices are nobody else's business.
        Assert.Equal(2, registered.Listing.Prices.Count);
        var listed = Assert.Single(byDefault.Entries, e => e.Listing.Orchestrator == fixture.StaticOrchestrator);
        Assert.True(listed.Static);
        Assert.Equal(ClusterFixture.StaticOrchestratorUri, listed.Listing.ServiceUri);
        Assert.DoesNotContain(textToImage.Entries, e => e.Listing.Orchestrator == fixture.StaticOrchestrator);

        var candidate = Assert.Single(textToImage.ToCandidates(), c => c.Address == address);
        Assert.True(candidate.TryGetPrice(new CapabilityModel(Capability.TextToImage, "model-a"), out var modelPrice));
        Assert.Equal(new BigRational(7), modelPrice);
        Assert.True(candidate.TryGetPrice(CapabilityModel.Transcoding, out var basePrice));
        Assert.Equal(new BigRational(3, 2), basePrice);
        Assert.True(candidate.Offers(new CapabilityModel(Capability.TextToImage, "model-a"), requireWarm: false, out _));

        Assert.Empty(await orchestrator.Configure(new OrchestratorSettings("https://o.example:8935", 1_000_000, 0, [])));
        Assert.DoesNotContain((await Directory("27").GetSnapshot()).Entries, e => e.Listing.Orchestrator == address);
    }

    [Fact]
    public async Task A_failure_suspends_for_the_penalty_in_refreshes_and_selection_holds_the_orchestrator_back()
    {
        // An unknown capability id gives each test its own directory; its jobs follow the batch AI rules (penalty 3).
        int capability = Random.Shared.Next(100_000, 1_000_000);
        var directory = Directory(capability.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var failing = EthKey.Generate().Address;
        var healthy = EthKey.Generate().Address;
        foreach (var address in new[] { failing, healthy })
        {
            await directory.Register(new OrchestratorListing(address, "", true, [new OrchestratorCapability((uint)capability, null)], [new PriceEntry(null, null, null, 1, 1)]));
        }
        await directory.ReportSuccess(failing, TimeSpan.FromMilliseconds(100), 0.5);
        await directory.ReportSuccess(failing, TimeSpan.FromMilliseconds(200), 0);

        await directory.ReportFailure(failing, "OrchestratorBusy");
        var suspended = await directory.GetSnapshot();

        var entry = Assert.Single(suspended.Entries, e => e.Listing.Orchestrator == failing);
        Assert.Equal(130, entry.LatencyMs!.Value, 6);
        Assert.Equal(0.5, entry.LatencyScore);
        Assert.Equal(1, entry.Failures);
        Assert.Equal("OrchestratorBusy", entry.LastError);
        Assert.Equal(3, entry.SuspendedThrough);
        Assert.Equal([healthy], suspended.Available.Select(e => e.Listing.Orchestrator));
        var selection = new ProbabilitySelection(new SelectionOptions());
        var job = new SelectionRequest(new CapabilityModel(capability, ""));
        var picked = selection.Select(suspended.ToCandidates(), job, new Random(7), suspender: suspended.ToSuspender());
        Assert.True(picked.Succeeded, picked.Error);
        Assert.Equal(healthy, picked.Selected.Address);

        for (int refresh = 1; refresh <= 3; refresh++)
        {
            await directory.SignalRefresh();
        }
        var stillOut = await directory.GetSnapshot();
        await directory.SignalRefresh();
        var back = await directory.GetSnapshot();

        Assert.True(Assert.Single(stillOut.Entries, e => e.Listing.Orchestrator == failing).IsSuspended);
        Assert.Equal(2, back.Available.Count());
        Assert.Equal(4, back.RefreshCount);
    }

    private IOrchestratorDirectoryGrain Directory(string key) => fixture.Client.GetGrain<IOrchestratorDirectoryGrain>(key);
}
