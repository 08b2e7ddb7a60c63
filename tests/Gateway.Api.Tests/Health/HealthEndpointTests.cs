using System.Net;
using System.Text.Json;

namespace Livepeer.Gateway.Api.Tests.Health;

public sealed class HealthEndpointTests(UnreachableClusterFactory factory) : IClassFixture<UnreachableClusterFactory>
{
    [Fact]
    public async Task Healthz_answers_ok_while_no_silo_is_reachable()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_answers_503_naming_the_unreachable_gateway_and_the_last_error()
    {
        using var client = factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonElement body;
        HttpStatusCode status;
        do
        {
            // The first failed attempt comes ~0.2 s after start; before it the reason says "still connecting".
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            status = response.StatusCode;
            body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            if (body.GetProperty("reason").GetString()!.Contains("failed attempt", StringComparison.Ordinal))
            {
                break;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        var reason = body.GetProperty("reason").GetString()!;
        Assert.Contains($"Orleans client is not connected to the cluster (gateway 127.0.0.1:{factory.SiloGatewayPort}", reason, StringComparison.Ordinal);
        Assert.Contains("ConnectionFailedException", reason, StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("activeSilos", out _));
    }
}
