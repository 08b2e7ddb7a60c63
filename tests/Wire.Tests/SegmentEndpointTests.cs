using System.Net;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;
using Livepeer.TestSupport.Media;
using Livepeer.Wire.Tests.Infrastructure;

namespace Livepeer.Wire.Tests;

// pm-protocol.md §8–9: GetOrchestrator, then a paid POST /segment against a real node (dev chain, native transcoder).
[Collection(WireCollection.Name)]
public sealed class SegmentEndpointTests(WireNode node)
{
    [Fact]
    public async Task A_paid_segment_is_transcoded_signed_and_served_and_the_balances_agree()
    {
        using var client = new WireClient(node.WireUrl);
        var sender = node.GatewayKey;
        var info = await client.GetOrchestratorAsync(sender);
        Assert.Equal(node.WireUrl.ToString().TrimEnd('/'), info.Transcoder);
        Assert.Equal(node.Orchestrator.ToBytes(), info.Address.ToByteArray());
        Assert.Equal(node.Orchestrator.ToBytes(), info.TicketParams.Recipient.ToByteArray());
        Assert.Equal((WireNode.PricePerPixel, 1L), (info.PriceInfo.PricePerUnit, info.PriceInfo.PixelsPerUnit));
        Assert.NotNull(info.TicketParams.ExpirationParams);
        Assert.Equal(8, info.AuthToken.SessionId.Length);

        var segment = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var segData = PaidSegment.SegData(sender, info, "wire-segment-test", 7, segment, PaidSegment.Profile144);
        var payment = PaidSegment.Payment(sender, info, tickets: 1);
        var (status, body) = await client.PostAsync("/segment", PaymentWire.ToHeader(payment), SegDataWire.ToHeader(segData), segment);
        Assert.True(status == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(body));

        var result = TranscodeResult.Parser.ParseFrom(body);
        Assert.True(result.ResultCase == TranscodeResult.ResultOneofCase.Data, result.Error);
        Assert.Equal(7, result.Seq);
        var rendition = Assert.Single(result.Data.Segments);
        Assert.True(rendition.Pixels > 0);
        var (downloadStatus, data) = await Download(client, rendition.Url);
        Assert.Equal(HttpStatusCode.OK, downloadStatus);
        Assert.Equal(0x47, data[0]);
        Assert.True(TranscodeResultSignature.Verify(node.Orchestrator, [data], result.Data.Sig.Span));

        // Fresh params for the next segment, the same session and token.
        Assert.NotEqual(info.TicketParams.RecipientRandHash, result.Info.TicketParams.RecipientRandHash);
        Assert.Equal(info.AuthToken, result.Info.AuthToken);

        // The orchestrator credited the ticket's EV and debited the output pixels at the price.
        var ev = TicketParamsWire.FromWire(info.TicketParams, BigRational.One).ExpectedValue;
        var receiver = node.Silo.Grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(node.Orchestrator, sender.Address));
        Assert.Equal(ev - new BigRational(rendition.Pixels * WireNode.PricePerPixel), await receiver.GetBalance(info.AuthToken.SessionId));
    }

    private static async Task<(HttpStatusCode, byte[])> Download(WireClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url));
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }
}
