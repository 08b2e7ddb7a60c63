using System.Globalization;
using Livepeer.AzureStorage.Blobs;
using Livepeer.Grains.Abstractions.Wire;

namespace Livepeer.Grains.Wire;

/// <summary>
/// Where the orchestrator endpoints keep what they hand back to remote gateways: under <c>wire/</c> in the media
/// store, served by the endpoints' <c>GET /stream/{path}</c>. Names from the wire never become path segments
/// directly; indexes and our own ids do.
/// </summary>
public static class WireMedia
{
    public const string Root = WireMediaNames.Root;

    /// <summary>wire/{orchestrator}/{session}/{seq}/{index}{extension}: one rendition of one segment.</summary>
    public static string RenditionPath(string orchestrator, string sessionKey, long seq, int index, string extension) =>
        MediaPath.Combine(Root, orchestrator, SafeSegment(sessionKey), Math.Abs(seq).ToString(CultureInfo.InvariantCulture), index.ToString(CultureInfo.InvariantCulture) + extension);

    /// <summary>wire/{orchestrator}/ai/{requestId}/{artifact}: one output of one AI request.</summary>
    public static string AiOutputPath(string orchestrator, string requestId, string artifactName) =>
        MediaPath.Combine(Root, orchestrator, "ai", SafeSegment(requestId), SafeSegment(artifactName));

    // Session ids are 8 hex characters from our own tokens; anything else is reduced to what a media path may hold.
    private static string SafeSegment(string text)
    {
        var safe = new string([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_')]).Trim('.');
        return safe.Length == 0 ? "_" : safe.Length > 64 ? safe[..64] : safe;
    }
}
