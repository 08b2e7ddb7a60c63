using System.Globalization;
using System.Net;
using Livepeer.Gateway.Api.Hosting;
using Livepeer.Gateway.Api.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Livepeer.NodeTestSupport;

/// <summary>
/// The real gateway API (<see cref="GatewayApiHostingExtensions"/>) in this process on Kestrel at a free
/// 127.0.0.1 port, an Orleans client of an <see cref="InProcessSilo"/>; started once it reports ready.
/// </summary>
public sealed class InProcessGatewayApi : IAsyncDisposable
{
    private InProcessGatewayApi(WebApplication app, Uri url, CapturingLoggerProvider logs)
    {
        App = app;
        Url = url;
        Logs = logs;
    }

    public WebApplication App { get; }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Url { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>https://127.0.0.1:port (or http:// for h2c) of the orchestrator wire endpoints; null when they are off.</summary>
    public Uri? WireUrl => App.Services.GetRequiredService<WireListener>().BoundUri;

    public HttpClient CreateClient() => new() { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };

    /// <param name="settings">more configuration (e.g. <c>Admin:Token</c>)</param>
    public static async Task<InProcessGatewayApi> StartAsync(InProcessSilo silo, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var configuration = new Dictionary<string, string?>
        {
            ["GatewayApi:Url"] = "http://127.0.0.1:0",
            ["OrleansClient:Membership"] = "Localhost",
            ["OrleansClient:GatewayPort"] = silo.GatewayPort.ToString(CultureInfo.InvariantCulture),
            ["OrleansClient:ConnectRetryDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = InProcessSilo.EmptyContentRoot() });
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.AddGatewayApi();
        var app = builder.Build();
        app.MapGatewayApi();
        await app.StartAsync();
        // With the orchestrator wire endpoints on, the server has a second address: the API's is the other one.
        var wirePort = app.Services.GetRequiredService<WireListener>().Port;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Single(a => wirePort is null || new Uri(a).Port != wirePort);
        var api = new InProcessGatewayApi(app, new Uri(address.EndsWith('/') ? address : address + "/"), logs);
        await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            last = await response.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }
        throw new TimeoutException($"the in-process gateway API at {Url} was not ready within {timeout.TotalSeconds} s: {last}");
    }
}
