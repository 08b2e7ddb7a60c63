using System.Net;
using System.Text.Json;
using Livepeer.Gateway.Api.Admin;
using Livepeer.Gateway.Api.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Gateway.Api.Tests.Admin;

/// <summary>
/// The access rules for callers a loopback-only test cannot be: other hosts, unknown peers. The filter runs on a
/// request context as Kestrel would fill it; the rest of the rules run over real HTTP in <see cref="AdminAccessTests"/>.
/// </summary>
public sealed class AdminAccessFilterTests
{
    private const string Token = "a-token-of-sixteen-or-more";

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Without_a_token_loopback_callers_pass(string remote)
    {
        Assert.Null(Filter(null).Check(Request(IPAddress.Parse(remote))));
    }

    [Theory]
    [InlineData("10.0.0.7")]
    [InlineData("192.168.1.20")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.7")]
    [InlineData(null)]
    public async Task Without_a_token_other_callers_are_403(string? remote)
    {
        var http = Request(remote is null ? null : IPAddress.Parse(remote));

        var denied = Filter(null).Check(http);

        var (status, body) = await ExecuteAsync(Assert.IsAssignableFrom<IResult>(denied), http);
        Assert.Equal(StatusCodes.Status403Forbidden, status);
        Assert.Equal(
            "admin routes accept only loopback callers while Admin:Token is unset; set Admin:Token and send 'Authorization: Bearer <token>' to call them from elsewhere",
            body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public void With_a_token_a_remote_caller_holding_it_passes()
    {
        var http = Request(IPAddress.Parse("10.0.0.7"));
        http.Request.Headers.Authorization = "bearer " + Token;

        Assert.Null(Filter(Token).Check(http));
    }

    [Fact]
    public async Task With_a_token_a_loopback_caller_without_it_is_401()
    {
        var http = Request(IPAddress.Loopback);

        var (status, _) = await ExecuteAsync(Assert.IsAssignableFrom<IResult>(Filter(Token).Check(http)), http);

        Assert.Equal(StatusCodes.Status401Unauthorized, status);
        Assert.Equal("Bearer realm=\"livepeer-admin\"", http.Response.Headers.WWWAuthenticate.ToString());
    }

    [Theory]
    [InlineData("short", "Admin:Token must be at least 16 characters (was 5)")]
    [InlineData("has a space in the token", "Admin:Token may contain only printable ASCII characters without spaces")]
    public void Unusable_tokens_are_refused_at_start_up(string token, string expected)
    {
        var result = new AdminOptionsValidator().Validate(null, new AdminOptions { Token = token });

        Assert.True(result.Failed);
        Assert.StartsWith(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    private static AdminAccessFilter Filter(string? token) =>
        new(Microsoft.Extensions.Options.Options.Create(new AdminOptions { Token = token }), NullLogger<AdminAccessFilter>.Instance);

    private static DefaultHttpContext Request(IPAddress? remote)
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Connection.RemoteIpAddress = remote;
        http.Request.Method = "GET";
        http.Request.Path = "/admin/orchestrators";
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static async Task<(int Status, JsonElement Body)> ExecuteAsync(IResult result, DefaultHttpContext http)
    {
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        using var document = await JsonDocument.ParseAsync(http.Response.Body);
        return (http.Response.StatusCode, document.RootElement.Clone());
    }
}
