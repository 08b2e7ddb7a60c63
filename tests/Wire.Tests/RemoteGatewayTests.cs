using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Remote;
using Livepeer.Grains.Video;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Video;
using Livepeer.TestSupport.Media;
using Livepeer.Wire.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Wire.Tests;

// A second deployment, gateway only (its own silo and cluster, no orchestrator of its own), finds the wire node through
// its static discovery list and buys transcoding from it over the wire protocol; both sides' balances agree.
[Collection(WireCollection.Name)]
public sealed class RemoteGatewayTests(WireNode node)
{
    private static readonly RenditionProfile P144 = new("P144p30fps16x9", 256, 144, 400_000, 30, 1, VideoCodecProfile.None, null, VideoEncoder.H264, 0, 0, 0);

    [Fact]
    public async Task A_gateway_only_deployment_discovers_the_orchestrator_and_pays_it_over_the_wire()
    {
        await using var gateway = await InProcessSilo.StartAsync(node.Orchestrator, node.ChainSettings(new Dictionary<string, string?>
        {
            ["Orchestrator:Enabled"] = "false",
            ["Livepeer:Discovery:Orchestrators:0"] = node.WireUrl.ToString(),
            ["Livepeer:Discovery:RefreshInterval"] = "01:00:00",
        }));
        await node.WaitForChainTimeAsync(gateway);

        var found = await gateway.Host.Services.GetRequiredService<RemoteOrchestratorDiscovery>().RunOnceAsync();
        var discovered = Assert.Single(found);
        Assert.Equal(node.Orchestrator, discovered.Listing.Orchestrator);
        var entry = Assert.Single((await gateway.Grains.GetGrain<IOrchestratorDirectoryGrain>(IOrchestratorDirectoryGrain.DefaultKey).GetSnapshot()).Entries);
        Assert.False(entry.Listing.InCluster);
        Assert.Equal(node.WireUrl.ToString().TrimEnd('/'), entry.Listing.ServiceUri);
        Assert.Contains(entry.Listing.Prices, p => p.Capability is null && p.PricePerUnit == WireNode.PricePerPixel);

        var session = gateway.Grains.GetGrain<IOrchestratorSessionGrain>("remote-gateway-test/" + node.Orchestrator.ToLowerHex());
        var opened = await session.Open(new SessionOpenRequest(node.Orchestrator, entry.Listing.ServiceUri, null, null));
        Assert.True(opened.Succeeded, opened.Error);

        var segment = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var receiver = node.Silo.Grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(node.Orchestrator, node.GatewayKey.Address));
        for (long seq = 1; seq <= 2; seq++)
        {
            var parameters = new TranscodeJobParameters("remote-gateway-test", SegmentFormat.MpegTs, TimeSpan.FromSeconds(20), [P144], seq, TimeSpan.FromSeconds(1));
            var order = new WorkOrder(
                WorkKind.Video,
                TranscodingFee.EstimateOutputPixels([P144.ToWire(SegmentFormat.MpegTs)], 1),
                new WorkPayload(TranscodeJobParameters.Job, segment, parameters.ToJson()));
            var result = await session.PayAndCall(order);
            Assert.True(result.Status == PaidCallStatus.Completed, result.Error);
            var output = result.Output!;
            var rendition = Assert.Single(output.Artifacts);
            Assert.Equal(P144.Name, rendition.Name);
            Assert.Equal(0x47, rendition.Data[0]);
            Assert.True(result.ChargedUnits > 0);
            Assert.Equal(output.Units, result.ChargedUnits);

            var snapshot = await session.GetSnapshot();
            Assert.Equal(await receiver.GetBalance(snapshot.AuthSessionId!), result.Balance);
        }
        Assert.True((await session.GetSnapshot()).TicketsSent >= 1);
    }
}
