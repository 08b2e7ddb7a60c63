namespace Livepeer.Gateway.Api.Wire;

/// <summary>Endpoint metadata of the orchestrator wire routes: they answer only on the wire port, and nothing else does.</summary>
public sealed class WireEndpointMarker
{
    public static readonly WireEndpointMarker Instance = new();

    private WireEndpointMarker()
    {
    }
}
