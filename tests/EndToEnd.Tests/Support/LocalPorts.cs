using System.Net;
using System.Net.Sockets;

namespace Livepeer.EndToEnd.Tests.Support;

public static class LocalPorts
{
    /// <summary>The ports ./run.sh listens on: gateway API, Azurite blob/queue/table, silo, Orleans gateway, silo metrics, ganache (dev network).</summary>
    public static IReadOnlyList<int> RunShPorts { get; } = [9935, 10000, 10001, 10002, 11111, 30000, 9090, 8545];

    /// <summary>True when something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static bool IsListening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return false;
        }
    }

    public static IReadOnlyList<int> Listening(IEnumerable<int> ports) => ports.Where(IsListening).ToList();
}
