using System.Net;
using System.Numerics;
using Livepeer.Gateway.Api.Admin;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Gateway.Api.Tests.Admin;

[Collection(AdminNodeCollection.Name)]
public sealed class AdminRedemptionRoutesTests(AdminNode node)
{
    [Fact]
    public async Task An_orchestrator_without_winners_has_an_empty_queue()
    {
        using var http = node.Open.CreateClient();

        var (status, body) = await AdminHttp.GetAsync(http, $"admin/orchestrators/{node.NodeOrchestrator.ToLowerHex()}/redemptions");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($$"""{"orchestrator":"{{node.NodeOrchestrator}}","pending":0,"redeemed":0,"failed":0,"pendingFaceValue":"0","tickets":[]}""", body.GetRawText());
    }

    [Fact]
    public async Task Unknown_orchestrators_are_404_and_bad_addresses_400()
    {
        using var http = node.Open.CreateClient();

        var (unknown, _) = await AdminHttp.GetAsync(http, $"admin/orchestrators/{AdminNode.RandomAddress()}/redemptions");
        var (bad, body) = await AdminHttp.GetAsync(http, "admin/orchestrators/0x1234/redemptions");

        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.StartsWith("invalid orchestrator address:", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_redemption_route_is_guarded_like_the_others()
    {
        using var anonymous = node.Guarded.CreateClient();
        using var admin = node.GuardedClient();
        var path = new Uri($"admin/orchestrators/{node.NodeOrchestrator}/redemptions", UriKind.Relative);

        using var refused = await anonymous.GetAsync(path);
        using var allowed = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public void Winners_are_written_by_outcome_with_wei_as_decimal_text_and_no_secrets()
    {
        var orchestrator = AdminNode.RandomAddress();
        var sender = AdminNode.RandomAddress();
        var big = BigInteger.Pow(10, 24) + 7;
        QueuedWinner Winner(byte tag, RedemptionStatus status, string? error, Hash32? tx, BigInteger paid) => new(
            new Hash32(Enumerable.Repeat(tag, 32).ToArray()), sender, big, tag, 1234, 56, status, status == RedemptionStatus.Pending ? 0 : 1, error, tx, paid);
        var snapshot = new RedemptionQueueSnapshot(
            [Winner(1, RedemptionStatus.Pending, "insufficient ticket face value for redeem tx cost", null, 0), Winner(2, RedemptionStatus.Sending, null, null, 0)],
            [Winner(3, RedemptionStatus.Redeemed, null, new Hash32(Enumerable.Repeat((byte)9, 32).ToArray()), big)],
            [Winner(4, RedemptionStatus.Failed, "ticket is used", null, 0)]);

        var response = RedemptionQueueJson.Write(orchestrator, snapshot);

        Assert.Equal(orchestrator.ToString(), response.Orchestrator);
        Assert.Equal((2, 1, 1), (response.Pending, response.Redeemed, response.Failed));
        Assert.Equal((2 * big).ToString(System.Globalization.CultureInfo.InvariantCulture), response.PendingFaceValue);
        Assert.Equal(["pending", "sending", "redeemed", "failed"], response.Tickets.Select(t => t.Status));
        var redeemed = response.Tickets[2];
        Assert.Equal("0x" + string.Concat(Enumerable.Repeat("03", 32)), redeemed.TicketHash);
        Assert.Equal("1000000000000000000000007", redeemed.FaceValue);
        Assert.Equal("1000000000000000000000007", redeemed.AmountPaid);
        Assert.Equal("1234", redeemed.ParamsExpirationBlock);
        Assert.Equal(56, redeemed.CreationRound);
        Assert.Equal("0x" + string.Concat(Enumerable.Repeat("09", 32)), redeemed.TransactionHash);
        Assert.Equal(sender.ToString(), redeemed.Sender);
        Assert.Equal("ticket is used", response.Tickets[3].LastError);
        Assert.Null(response.Tickets[3].TransactionHash);
    }
}
