using Livepeer.NodeTestSupport;
using System.Net;
using System.Net.Http.Headers;

namespace Livepeer.Gateway.Api.Tests.Admin;

[Collection(AdminNodeCollection.Name)]
public sealed class AdminAccessTests(AdminNode node)
{
    [Theory]
    [InlineData("admin/orchestrators")]
    [InlineData("admin/orchestrators/0x1111111111111111111111111111111111111111/prices")]
    public async Task With_a_token_set_a_request_without_one_is_401_with_a_bearer_challenge(string path)
    {
        using var http = node.Guarded.CreateClient();

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"livepeer-admin\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(
            """{"error":{"message":"admin routes need an 'Authorization: Bearer <token>' header (Admin:Token is set on this gateway)"},"errors":["admin routes need an 'Authorization: Bearer <token>' header (Admin:Token is set on this gateway)"]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Bearer", "not-the-admin-token-0123456789", "the bearer token does not match this gateway's Admin:Token")]
    [InlineData("Bearer", AdminNode.Token + "x", "the bearer token does not match this gateway's Admin:Token")]
    [InlineData("Basic", AdminNode.Token, "the Authorization header must use the Bearer scheme: 'Authorization: Bearer <token>'")]
    public async Task A_wrong_token_or_scheme_is_401(string scheme, string token, string expected)
    {
        using var http = node.Guarded.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);

        var (status, body) = await AdminHttp.GetAsync(http, "admin/orchestrators");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal([expected], AdminHttp.Errors(body));
        Assert.Contains(node.Guarded.Logs.Logs, l => l.EventId.Id == 102 && Equals(l.Values["Reason"], expected));
    }

    [Fact]
    public async Task With_the_token_the_routes_answer_and_a_price_can_be_set()
    {
        var orchestrator = await node.NewOrchestratorAsync();
        using var http = node.GuardedClient();

        var (putStatus, _) = await AdminHttp.PutAsync(http, AdminHttp.PricesPath(orchestrator), """{"basePricePerPixel":"2"}""");
        var (getStatus, book) = await AdminHttp.GetAsync(http, AdminHttp.PricesPath(orchestrator));

        Assert.Equal(HttpStatusCode.OK, putStatus);
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.Equal("2", book.GetProperty("basePricePerPixel").GetString());
    }

    [Fact]
    public async Task Without_a_token_a_loopback_caller_is_let_in()
    {
        using var http = node.Open.CreateClient();

        var (status, _) = await AdminHttp.GetAsync(http, "admin/orchestrators");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Health_routes_stay_open_when_a_token_is_set()
    {
        using var http = node.Guarded.CreateClient();

        using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
