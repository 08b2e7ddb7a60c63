using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>The Kestrel endpoint of the wire port once bound (a configured port 0 becomes a real one), to tell its connections apart.</summary>
public sealed class WireListener
{
    internal ListenOptions? Options { get; set; }

    internal bool Secure { get; set; }

    /// <summary>The bound port; null when the wire endpoints are off or not bound yet.</summary>
    public int? Port => Options?.IPEndPoint?.Port;

    /// <summary>https://127.0.0.1:port or http://… as bound, for clients in the same process (tests).</summary>
    public Uri? BoundUri => Options?.IPEndPoint is { } endpoint
        ? new Uri($"{(Secure ? "https" : "http")}://{endpoint.Address}:{endpoint.Port}")
        : null;

    public bool IsWireConnection(HttpContext context) => Port is int port && context.Connection.LocalPort == port;
}
