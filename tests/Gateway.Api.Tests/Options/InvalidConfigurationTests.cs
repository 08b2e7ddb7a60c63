using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Tests.Options;

public sealed class InvalidConfigurationTests
{
    [Theory]
    [InlineData("OrleansClient:GatewayPort", "0", "OrleansClient:GatewayPort must be a TCP port between 1 and 65535 (was 0).")]
    [InlineData("OrleansClient:ConnectRetryDelay", "00:00:00", "OrleansClient:ConnectRetryDelay must be more than 0")]
    [InlineData("Cluster:ClusterId", "a/b", "Cluster:ClusterId may contain only letters, digits, '-', '_' and '.' (was \"a/b\").")]
    [InlineData("Cluster:ServiceId", "", "Cluster:ServiceId is required")]
    [InlineData("GatewayApi:Url", "127.0.0.1:9935", "GatewayApi:Url must be an absolute http:// or https:// URL")]
    [InlineData("GatewayApi:Url", "http://127.0.0.1:9935/api", "GatewayApi:Url must be scheme, host and port only")]
    [InlineData("Admin:Token", "short", "Admin:Token must be at least 16 characters (was 5)")]
    public void Start_up_fails_with_a_message_naming_the_bad_setting(string key, string value, string expected)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
