using System.Net;
using Livepeer.Gateway.Api.Ai;
using Livepeer.TestSupport.Media;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>Offchain there is nothing to pay with: the work runs unpaid on the selected in-cluster orchestrator.</summary>
public sealed class AiOffchainTests(OffchainAiNode node) : IClassFixture<OffchainAiNode>
{
    [Fact]
    public async Task Image_to_text_runs_unpaid_and_reports_its_units()
    {
        using var http = node.Gateway.CreateClient();
        var png = await TextImages.PngAsync("FREE 5", 300, 70, 36);
        using var response = await http.PostAsync(new Uri("image-to-text", UriKind.Relative), AiHttp.Form("image", png));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("FREE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var id = response.Headers.GetValues(AiRequestHandler.RequestIdHeader).Single();
        var log = Assert.Single(node.Gateway.Logs.Logs, l => l.EventId.Id == 130 && (string?)l.Values["RequestId"] == id);
        Assert.Equal(false, log.Values["Paid"]);
        Assert.Equal("21000", log.Values["Units"]);
        Assert.Equal("0", log.Values["Fee"]);
    }
}
