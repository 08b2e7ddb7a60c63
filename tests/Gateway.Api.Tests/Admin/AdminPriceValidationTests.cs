using Livepeer.NodeTestSupport;
using System.Net;
using Livepeer.Grains.Abstractions.Orchestrators;

namespace Livepeer.Gateway.Api.Tests.Admin;

[Collection(AdminNodeCollection.Name)]
public sealed class AdminPriceValidationTests(AdminNode node)
{
    private const string Forms = "a decimal such as \"1.5\", a fraction such as \"3/2\" or an integer, in wei per unit";

    [Fact]
    public async Task Every_problem_of_a_body_is_listed_with_its_path_and_nothing_is_stored()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();
        var body = """
            {"basePricePerPixel":"-1.5","autoAdjust":"no","extra":1,
             "capabilities":[{"capability":"transcoding","pricePerUnit":"1"},{"capability":"nope","pricePerUnit":"x"},{"model":"m"},{"capability":27,"capabilityId":28,"pricePerUnit":"1"}],
             "senders":[{"sender":"0x22","pricePerPixel":"0.25"},{"sender":"0x1111111111111111111111111111111111111111"},"0x33"]}
            """;

        var (status, answer) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator), body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
        [
            "extra: unknown property (known: orchestrator, basePricePerPixel, basePriceInfo, autoAdjust, capabilities, senders)",
            "basePricePerPixel: price must not be negative, got '-1.5'",
            "autoAdjust must be true or false, got the string \"no\"",
            "capabilities[0].capability: capability 0 (transcoding) has no price of its own: transcoding is priced by basePricePerPixel and senders, capability prices are for AI pipelines (ids from 27 up)",
            "capabilities[1].capability: \"nope\" is not a capability: use a pipeline name (text-to-image, image-to-image, image-to-video, upscale, audio-to-text, segment-anything-2, llm, image-to-text, live-video-to-video, text-to-speech) or a capability id",
            $"capabilities[1].pricePerUnit: 'x' is not a price: use {Forms}",
            "capabilities[2].capability is required: a pipeline name (text-to-image, image-to-image, image-to-video, upscale, audio-to-text, segment-anything-2, llm, image-to-text, live-video-to-video, text-to-speech) or a capability id",
            $"capabilities[2].pricePerUnit is required: {Forms}",
            "capabilities[3].capabilityId 28 does not match the capability's id 27; capabilityId is output only, leave it out",
            "senders[0].sender: address must be 40 hex digits, got 2: '0x22'",
            $"senders[1].pricePerPixel is required: {Forms} per pixel",
            "senders[2] must be an object {\"sender\",\"pricePerPixel\"}, got the string \"0x33\"",
        ], AdminHttp.Errors(answer));
        Assert.StartsWith("invalid price book: 12 problems: extra: unknown property", answer.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        var kept = await node.Silo.Grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).GetPrices();
        Assert.Equal(PriceBook.Free.BasePrice, kept.BasePrice);
        Assert.True(kept.AutoAdjust);
        Assert.Empty(kept.Entries);
    }

    [Theory]
    [InlineData("{\"basePricePerPixel\":", "the request body is not valid JSON: ")]
    [InlineData("", "the request body is not valid JSON: ")]
    [InlineData("[1,2]", "the body must be a JSON object with basePricePerPixel, autoAdjust, capabilities and senders, got an array")]
    [InlineData("{}", "basePricePerPixel is required: " + Forms + " per pixel")]
    [InlineData("{\"basePricePerPixel\":true}", "basePricePerPixel must be a price string (" + Forms + "), got true")]
    [InlineData("{\"basePricePerPixel\":\"1e3\"}", "basePricePerPixel: '1e3' is not a price: use " + Forms)]
    [InlineData("{\"basePricePerPixel\":\"1\",\"capabilities\":{}}", "capabilities must be an array, got an object")]
    [InlineData("{\"basePricePerPixel\":\"1\",\"BasePricePerPixel\":\"2\"}", "BasePricePerPixel: unknown property (known: orchestrator, basePricePerPixel, basePriceInfo, autoAdjust, capabilities, senders)")]
    [InlineData("{\"basePricePerPixel\":\"0.0000000000000000001\"}", "basePricePerPixel: price '0.0000000000000000001' is 1/10000000000000000000 in lowest terms, which does not fit PriceInfo (int64 pricePerUnit and pixelsPerUnit)")]
    [InlineData("{\"basePricePerPixel\":\"1\",\"orchestrator\":\"0x1111111111111111111111111111111111111111\"}", "orchestrator: the body is for \"0x1111111111111111111111111111111111111111\" but the route names ")]
    public async Task A_bad_body_is_400_naming_the_problem(string body, string expected)
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();

        var (status, answer) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator), body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(expected, Assert.Single(AdminHttp.Errors(answer)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_only_the_grain_sees_come_back_in_its_words()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();
        var tooLong = new string('m', PriceEntry.MaxModelLength + 1);
        var body = $$"""
            {"basePricePerPixel":"1","capabilities":[
              {"capability":"llm","model":"a","pricePerUnit":"1"},{"capability":"llm","model":"a","pricePerUnit":"2"},
              {"capability":"llm","model":"  ","pricePerUnit":"1"},{"capability":"llm","model":"{{tooLong}}","pricePerUnit":"1"}],
             "senders":[{"sender":"0x0000000000000000000000000000000000000000","pricePerPixel":"1"}]}
            """;

        var (status, answer) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator), body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
        [
            "price for capability 33, model 'a' is listed more than once",
            "price for capability 33, model '  ': model must not be blank (leave it out for every model)",
            $"price for capability 33, model '{tooLong}': model is longer than 256 characters",
            "price for sender 0x0000000000000000000000000000000000000000: sender must not be the zero address",
        ], AdminHttp.Errors(answer));
    }

    [Fact]
    public async Task More_than_a_thousand_prices_are_refused()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.Open.CreateClient();
        var senders = string.Join(",", Enumerable.Range(1, 1001).Select(i => $$"""{"sender":"0x{{i:x40}}","pricePerPixel":"1"}"""));

        var (status, answer) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator), $$"""{"basePricePerPixel":"1","senders":[{{senders}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["at most 1000 capability and sender prices together"], AdminHttp.Errors(answer));
    }
}
