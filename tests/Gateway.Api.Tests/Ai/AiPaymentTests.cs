using System.Globalization;
using System.Net;
using Livepeer.Gateway.Api.Ai;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using Livepeer.TestSupport.Media;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>Paid AI requests: units per gateway-api.md §3.5, and the gateway's and orchestrator's balances agree exactly.</summary>
[Collection(AiNodeCollection.Name)]
public sealed class AiPaymentTests(AiNode node)
{
    [Fact]
    public async Task After_paid_requests_both_sides_agree_on_every_session_balance()
    {
        using var http = node.Open.CreateClient();
        var sizes = new[] { (360, 80), (300, 64), (420, 96), (360, 80), (256, 72), (400, 90) };
        var expected = new Dictionary<string, long>();
        foreach (var (width, height) in sizes)
        {
            var png = await TextImages.PngAsync("PAY 9", width, height, fontSize: 32);
            using var response = await http.PostAsync(new Uri("image-to-text", UriKind.Relative), AiHttp.Form("image", png));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            expected[response.Headers.GetValues(AiRequestHandler.RequestIdHeader).Single()] = (long)width * height;
        }

        // Units are the input's height x width on both sides: the orchestrator charged what the gateway paid for.
        var completed = node.Open.Logs.Logs.Where(l => l.EventId.Id == 130).ToDictionary(l => (string)l.Values["RequestId"]!);
        foreach (var (requestId, units) in expected)
        {
            var log = completed[requestId];
            Assert.Equal(units.ToString(CultureInfo.InvariantCulture), log.Values["Units"]);
            Assert.Equal((units * AiNode.ImageToTextPrice).ToString(CultureInfo.InvariantCulture), log.Values["Fee"]);
            Assert.Equal(true, log.Values["Paid"]);
        }

        int sessions = 0;
        long calls = 0;
        for (int slot = 0; slot < 4; slot++)
        {
            var session = node.Silo.Grains.GetGrain<IOrchestratorSessionGrain>(
                $"ai/{node.Orchestrator.ToLowerHex()}/{Capability.ImageToText}/*/{slot}");
            var snapshot = await session.GetSnapshot();
            if (!snapshot.IsOpen)
            {
                continue;
            }
            sessions++;
            calls += snapshot.Calls;
            var receiver = node.Silo.Grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(node.Orchestrator, node.GatewayKey.Address));
            var orchestratorBalance = await receiver.GetBalance(snapshot.AuthSessionId!);
            Assert.Equal(snapshot.Balance, orchestratorBalance);
            Assert.True(snapshot.TicketsSent > 0, "a paid session sent no tickets");
            Assert.True(snapshot.Balance.Sign >= 0, $"session {slot} owes {snapshot.Balance}");
            Assert.Equal(new BigRational(AiNode.ImageToTextPrice), snapshot.Price);
        }
        Assert.True(sessions >= 2, "the requests should spread over the orchestrator's sessions");
        Assert.True(calls >= sizes.Length);
    }
}
