using System.Net;
using Livepeer.Gateway.Api.Observability;
using Livepeer.Gateway.Api.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Gateway.Api.Tests.Observability;

/// <summary>/metrics and /dashboard: loopback callers get in; others need the admin bearer token.</summary>
public sealed class OperatorOnlyTests
{
    private const string Token = "operator-token-0123456789abcdef";

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/index.min.js")]
    public async Task Remote_callers_are_refused_while_no_token_is_set(string path)
    {
        var (status, passed) = await CallAsync(path, IPAddress.Parse("10.40.3.7"), token: null, authorization: null);

        Assert.Equal(StatusCodes.Status403Forbidden, status);
        Assert.False(passed);
    }

    [Fact]
    public async Task Remote_callers_with_the_token_get_in()
    {
        var (_, passed) = await CallAsync("/metrics", IPAddress.Parse("10.40.3.7"), Token, $"Bearer {Token}");

        Assert.True(passed);
    }

    [Fact]
    public async Task Remote_callers_with_a_wrong_token_get_401()
    {
        var (status, passed) = await CallAsync("/dashboard/", IPAddress.Parse("10.40.3.7"), Token, "Bearer wrong-token-0123456789");

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.False(passed);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Loopback_callers_get_in_even_with_a_token_set(string address)
    {
        var (_, passed) = await CallAsync("/dashboard/", IPAddress.Parse(address), Token, authorization: null);

        Assert.True(passed);
    }

    [Fact]
    public async Task Other_paths_are_left_alone()
    {
        var (_, passed) = await CallAsync("/healthz", IPAddress.Parse("10.40.3.7"), token: null, authorization: null);

        Assert.True(passed);
    }

    private static async Task<(int Status, bool Passed)> CallAsync(string path, IPAddress remote, string? token, string? authorization)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new AdminOptions { Token = token }))
            .AddSingleton(NullLoggerFactory.Instance)
            .BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        bool passed = false;
        app.UseOperatorOnly(ObservabilityExtensions.MetricsPath, ObservabilityExtensions.DashboardPath);
        app.Run(_ =>
        {
            passed = true;
            return Task.CompletedTask;
        });
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = remote;
        context.Response.Body = new MemoryStream();
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }
        await app.Build()(context);
        return (context.Response.StatusCode, passed);
    }
}
