using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>Kestrel listeners for configured URLs (what UseUrls would bind, but with per-endpoint settings).</summary>
public static class KestrelEndpoints
{
    public static void Listen(KestrelServerOptions kestrel, Uri url, Action<ListenOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(configure);
        var host = url.Host.Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
        {
            kestrel.Listen(address, url.Port, configure);
        }
        else if (host == "localhost")
        {
            kestrel.ListenLocalhost(url.Port, configure);
        }
        else
        {
            // As UseUrls does for a host name: every interface.
            kestrel.ListenAnyIP(url.Port, configure);
        }
    }
}
