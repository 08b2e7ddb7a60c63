using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Livepeer.Gateway.Api.Tests.Health;
using Microsoft.AspNetCore.Hosting;

namespace Livepeer.Gateway.Api.Tests.Admin;

public sealed class AdminWithoutClusterTests(UnreachableClusterFactory factory) : IClassFixture<UnreachableClusterFactory>
{
    private const string Token = "token-for-the-unreachable-cluster";

    [Theory]
    [InlineData("/admin/orchestrators")]
    [InlineData("/admin/orchestrators/0x1111111111111111111111111111111111111111/prices")]
    public async Task Admin_routes_answer_503_with_the_reason_while_no_silo_is_reachable(string path)
    {
        using var guarded = factory.WithWebHostBuilder(b => b.UseSetting("Admin:Token", Token));
        using var client = guarded.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Orleans client is ", body.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"gateway 127.0.0.1:{factory.SiloGatewayPort}", body.RootElement.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
    }
}
