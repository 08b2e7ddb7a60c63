using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Livepeer.Gateway.Api.Tests.Health;

/// <summary>The real gateway API in memory, pointed at a loopback port where no silo listens.</summary>
public sealed class UnreachableClusterFactory : WebApplicationFactory<Program>
{
    public int SiloGatewayPort { get; } = UnusedLoopbackPort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OrleansClient:GatewayPort", SiloGatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OrleansClient:Membership", "Localhost");
        builder.UseSetting("OrleansClient:ConnectRetryDelay", "00:00:00.200");
    }

    private static int UnusedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
