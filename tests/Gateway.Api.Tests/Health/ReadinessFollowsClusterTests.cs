using System.Net;
using System.Text.Json;
using Livepeer.NodeTestSupport;

namespace Livepeer.Gateway.Api.Tests.Health;

/// <summary>/readyz follows the cluster: 200 while a silo answers, 503 with the reason once none does.</summary>
public sealed class ReadinessFollowsClusterTests
{
    [Fact]
    public async Task Readyz_turns_503_once_the_only_silo_is_gone()
    {
        var silo = await InProcessSilo.StartAsync(AdminNode.RandomAddress());
        await using var api = await InProcessGatewayApi.StartAsync(silo, new Dictionary<string, string?> { ["OrleansClient:ReadinessTimeout"] = "00:00:03" });
        using var http = api.CreateClient();
        using (var ready = await http.GetAsync(new Uri("readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(1, JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("activeSilos").GetInt32());
        }

        await silo.DisposeAsync();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        string body;
        do
        {
            using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative));
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync();
            if (status == HttpStatusCode.ServiceUnavailable)
            {
                break;
            }
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(status == HttpStatusCode.ServiceUnavailable, $"/readyz still {(int)status} 60 s after the silo stopped: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("unavailable", json.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("reason").GetString()));
    }
}
