using System.Globalization;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Tests.Diagnostics;

/// <summary>The directory grain counts how selected orchestrators did in <c>livepeer.selection.decisions</c>.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectoryMetricsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Reported_successes_and_failures_are_counted_per_orchestrator()
    {
        using var recorder = new MeasurementRecorder();
        int capability = Random.Shared.Next(100_000, 1_000_000);
        var directory = fixture.Client.GetGrain<IOrchestratorDirectoryGrain>(capability.ToString(CultureInfo.InvariantCulture));
        var orchestrator = EthKey.Generate().Address;
        await directory.Register(new OrchestratorListing(orchestrator, "", true, [new OrchestratorCapability((uint)capability, null)], [new PriceEntry(null, null, null, 1, 1)]));

        await directory.ReportSuccess(orchestrator, TimeSpan.FromMilliseconds(100), 0.5);
        await directory.ReportSuccess(orchestrator, TimeSpan.FromMilliseconds(120), 0.5);
        await directory.ReportFailure(orchestrator, "OrchestratorBusy");
        // Reports about an orchestrator the directory does not know count nothing.
        await directory.ReportFailure(EthKey.Generate().Address, "unknown");

        var address = (MetricTags.Orchestrator, orchestrator.ToLowerHex());
        Assert.Equal(2, recorder.Sum("livepeer.selection.decisions", address, (MetricTags.Outcome, SelectionOutcomes.Success)));
        Assert.Equal(1, recorder.Sum("livepeer.selection.decisions", address, (MetricTags.Outcome, SelectionOutcomes.Failure)));
    }
}
