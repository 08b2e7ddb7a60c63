using System.Net;
using System.Net.Sockets;

namespace Livepeer.NodeTestSupport;

public static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now (the OS's pick), for servers that must be told their port up front.</summary>
    public static int Unused()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
