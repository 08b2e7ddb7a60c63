using System.Net;
using System.Text.RegularExpressions;
using Livepeer.NodeTestSupport.Browser;

namespace Livepeer.Gateway.Api.Tests.Observability;

/// <summary>The Orleans Dashboard at /dashboard renders in a real browser (headless Chromium), with data from the cluster.</summary>
[Collection(ObservedNodeCollection.Name)]
public sealed partial class DashboardBrowserTests(ObservedNode node)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Dashboard_page_is_served_under_dashboard()
    {
        using var http = node.Api.CreateClient();

        using var response = await http.GetAsync(new Uri("dashboard/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_renders_the_cluster_overview_in_headless_chromium()
    {
        var url = new Uri(node.Api.Url, "dashboard/");
        var png = Path.Combine(Path.GetTempPath(), $"dashboard-{Guid.NewGuid():N}.png");
        try
        {
            await HeadlessChromium.ScreenshotAsync(url, png, Settle);
            var dom = await HeadlessChromium.DumpDomAsync(url, Settle);

            var image = PngImage.Read(png);
            Assert.Equal((1280, 900), (image.Width, image.Height));
            // Right of the menu and below the top line: while the page only says "Loading..." that area has about
            // a dozen colours; rendered (cards, icons, chart) it has thousands.
            int colours = image.DistinctColorsFrom(260, 80);
            Assert.True(colours > 200, $"the dashboard's content area has only {colours} distinct colours: the overview did not render");
            var text = Whitespace().Replace(Tags().Replace(dom, " "), " ");
            // Written by the dashboard's scripts from the cluster's answers; the static page says only "Loading...".
            Assert.Contains("Total Activations", text, StringComparison.Ordinal);
            Assert.Contains("Active Silos 1", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(png);
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
