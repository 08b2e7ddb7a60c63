using Livepeer.NodeTestSupport;
using System.Net;
using System.Text.Json;
using Livepeer.Gateway.Api.Admin;
using Livepeer.Grains.Abstractions.Orchestrators;

namespace Livepeer.Gateway.Api.Tests.Admin;

[Collection(AdminNodeCollection.Name)]
public sealed class AdminOrchestratorRoutesTests(AdminNode node)
{
    [Fact]
    public async Task The_silo_lists_its_node_orchestrator_at_start_up_with_free_prices()
    {
        using var http = node.Open.CreateClient();

        var (status, body) = await AdminHttp.GetAsync(http, "admin/orchestrators");

        Assert.Equal(HttpStatusCode.OK, status);
        var listed = body.GetProperty("orchestrators").EnumerateArray().Single(o => o.GetProperty("address").GetString() == node.NodeOrchestrator.ToString());
        Assert.Equal("", listed.GetProperty("serviceUri").GetString());
        Assert.True(listed.GetProperty("active").GetBoolean());
        var prices = listed.GetProperty("prices");
        Assert.Equal("0", prices.GetProperty("basePricePerPixel").GetString());
        Assert.True(prices.GetProperty("autoAdjust").GetBoolean());
        Assert.Equal(0, prices.GetProperty("capabilityPrices").GetInt32());
        Assert.Equal(0, prices.GetProperty("senderPrices").GetInt32());
    }

    [Fact]
    public async Task A_price_book_put_is_stored_in_the_grain_and_read_back_in_the_same_shape()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();
        var sender = AdminNode.RandomAddress();
        var put = $$"""
            {"basePricePerPixel":"1.5","autoAdjust":false,
             "capabilities":[{"capability":"text-to-image","model":"stabilityai/sd-turbo","pricePerUnit":"3/7"},
                             {"capability":33,"sender":"{{sender.ToLowerHex()}}","pricePerUnit":12}],
             "senders":[{"sender":"{{sender.ToLowerHex()}}","pricePerPixel":"0.25"}]}
            """;

        var (status, stored) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator.ToLowerHex()), put);

        Assert.Equal(HttpStatusCode.OK, status);
        var expected = $$$"""
            {"orchestrator":"{{{orchestrator}}}","basePricePerPixel":"1.5","basePriceInfo":{"pricePerUnit":3,"pixelsPerUnit":2},"autoAdjust":false,
            "capabilities":[{"capability":"text-to-image","capabilityId":27,"model":"stabilityai/sd-turbo","pricePerUnit":"3/7","priceInfo":{"pricePerUnit":3,"pixelsPerUnit":7}},
            {"capability":"llm","capabilityId":33,"sender":"{{{sender}}}","pricePerUnit":"12","priceInfo":{"pricePerUnit":12,"pixelsPerUnit":1}}],
            "senders":[{"sender":"{{{sender}}}","pricePerPixel":"0.25","priceInfo":{"pricePerUnit":1,"pixelsPerUnit":4}}]}
            """.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        Assert.Equal(expected, stored.GetRawText());
        var (getStatus, read) = await AdminHttp.GetAsync(http, AdminHttp.PricesPath(orchestrator));
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.Equal(expected, read.GetRawText());

        var book = await node.Silo.Grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).GetPrices();
        Assert.Equal(new PriceEntry(null, null, null, 3, 2), book.BasePrice);
        Assert.False(book.AutoAdjust);
        Assert.Equal(
        [
            new PriceEntry(null, 27, "stabilityai/sd-turbo", 3, 7),
            new PriceEntry(sender, 33, null, 12, 1),
            new PriceEntry(sender, null, null, 1, 4),
        ], book.Entries);
    }

    [Fact]
    public async Task What_get_answers_can_be_put_back_unchanged()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();
        var path = AdminHttp.PricesPath(orchestrator);
        Assert.Equal(HttpStatusCode.OK, (await AdminHttp.PutAsync(http, path,
            """{"basePricePerPixel":"0.001","capabilities":[{"capability":"37","pricePerUnit":"1/3"}]}""")).Status);
        var (_, first) = await AdminHttp.GetAsync(http, path);

        var (status, second) = await AdminHttp.PutAsync(http, path, first.GetRawText());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal("37", first.GetProperty("capabilities")[0].GetProperty("capability").GetString());
        Assert.True(first.GetProperty("autoAdjust").GetBoolean());
    }

    [Fact]
    public async Task A_price_change_shows_in_the_list_and_is_logged_with_its_values()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();

        var (status, _) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator),
            """{"basePricePerPixel":"7/3","autoAdjust":true,"senders":[{"sender":"0x1111111111111111111111111111111111111111","pricePerPixel":"1"}]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, list) = await AdminHttp.GetAsync(http, "admin/orchestrators");
        var prices = list.GetProperty("orchestrators").EnumerateArray()
            .Single(o => o.GetProperty("address").GetString() == orchestrator.ToString()).GetProperty("prices");
        Assert.Equal("""{"basePricePerPixel":"7/3","autoAdjust":true,"capabilityPrices":0,"senderPrices":1}""", prices.GetRawText());
        var log = node.Open.Logs.Logs.Single(l => l.EventId.Id == 100 && Equals(l.Values["Orchestrator"], orchestrator.ToString()));
        Assert.Equal("7/3", log.Values["BasePricePerPixel"]);
        Assert.Equal("0", log.Values["PreviousBasePricePerPixel"]);
        Assert.Equal(1, log.Values["SenderPrices"]);
        Assert.Equal("127.0.0.1", log.Values["Caller"]);
    }

    [Fact]
    public async Task Unknown_orchestrators_are_404_and_not_created()
    {
        var stranger = AdminNode.RandomAddress();
        using var http = node.Open.CreateClient();

        var (getStatus, getBody) = await AdminHttp.GetAsync(http, AdminHttp.PricesPath(stranger));
        var (putStatus, putBody) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(stranger), """{"basePricePerPixel":"1"}""");

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, putStatus);
        var expected = $"orchestrator {stranger} does not run in this cluster (GET /admin/orchestrators lists those that do)";
        Assert.Equal([expected], AdminHttp.Errors(getBody));
        Assert.Equal(expected, putBody.GetProperty("error").GetProperty("message").GetString());
        var (_, list) = await AdminHttp.GetAsync(http, "admin/orchestrators");
        Assert.DoesNotContain(list.GetProperty("orchestrators").EnumerateArray(), o => o.GetProperty("address").GetString() == stranger.ToString());
    }

    [Theory]
    [InlineData("0x1234", "invalid orchestrator address: address must be 40 hex digits, got 4: '0x1234'")]
    [InlineData("0xzz11111111111111111111111111111111111111", "invalid orchestrator address: address is not hex: '0xzz11111111111111111111111111111111111111'")]
    [InlineData("0x22d491Bde2303f2f43325b2108D26f1eAbA1e32B", "invalid orchestrator address: address has a bad EIP-55 checksum: '0x22d491Bde2303f2f43325b2108D26f1eAbA1e32B'")]
    public async Task Bad_addresses_are_400_with_the_reason(string address, string expected)
    {
        using var http = node.Open.CreateClient();

        var (getStatus, getBody) = await AdminHttp.GetAsync(http, AdminHttp.PricesPath(address));
        var (putStatus, putBody) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(address), """{"basePricePerPixel":"1"}""");

        Assert.Equal(HttpStatusCode.BadRequest, getStatus);
        Assert.Equal(HttpStatusCode.BadRequest, putStatus);
        Assert.Equal([expected], AdminHttp.Errors(getBody));
        Assert.Equal([expected], AdminHttp.Errors(putBody));
    }

    [Fact]
    public async Task Bodies_over_a_mebibyte_are_refused()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();
        var huge = "{\"basePricePerPixel\":\"" + new string('1', (int)AdminEndpoints.MaxBodyBytes) + "\"}";

        var (status, body) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator), huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("Request body too large", Assert.Single(AdminHttp.Errors(body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_json_uses_the_documented_property_names()
    {
        using var http = node.Open.CreateClient();

        var (_, body) = await AdminHttp.GetAsync(http, AdminHttp.PricesPath(node.NodeOrchestrator));

        Assert.Equal(
            ["orchestrator", "basePricePerPixel", "basePriceInfo", "autoAdjust", "capabilities", "senders"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, body.GetProperty("capabilities").ValueKind);
    }
}
