namespace Livepeer.Grains.Abstractions.Wire;

/// <summary>Where wire outputs live in the media store and the route the orchestrator endpoints serve them under.</summary>
public static class WireMediaNames
{
    /// <summary>First segment of every wire media path.</summary>
    public const string Root = "wire";

    /// <summary>The endpoints serve <c>{Root}/…</c> at <c>GET /stream/{Root}/…</c>.</summary>
    public const string RoutePrefix = "/stream/";
}
