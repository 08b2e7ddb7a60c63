using Livepeer.AzureStorage.Blobs;
using Livepeer.Gateway.Api.Cluster;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Protocol.Video;

namespace Livepeer.Gateway.Api.Video;

/// <summary>
/// HLS playback (gateway-api.md §2.7): playlists from the stream's grain, segments straight from the media
/// store, so any gateway instance serves any stream. CORS open and a 5 s cache lifetime, as go-livepeer sends.
/// </summary>
public static class PlaybackEndpoints
{
    public static IEndpointRouteBuilder MapPlaybackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.Map("/stream/{**path}", HandleAsync);
        return endpoints;
    }

    internal static async Task HandleAsync(HttpContext http, string? path, IClusterClient cluster, ClusterConnection connection, IMediaStore media, ILogger<VideoRoutes> logger)
    {
        var response = http.Response;
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.CacheControl = "max-age=5";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainText.WriteAsync(response, StatusCodes.Status405MethodNotAllowed, $"method {http.Request.Method} is not allowed here; playback is GET");
            return;
        }
        if (PlaybackPath.TryParse(path ?? "") is not { } target)
        {
            await PlainText.WriteAsync(response, StatusCodes.Status404NotFound, $"not found: /stream/{path} names no playlist or segment (use /stream/{{manifestID}}.m3u8)");
            return;
        }
        try
        {
            if (target.Kind == PlaybackKind.Segment)
            {
                var stored = await media.GetAsync(StreamMedia.SegmentPath(target.ManifestId, target.Rendition!, target.Sequence, target.Format), http.RequestAborted);
                if (stored is null)
                {
                    await PlainText.WriteAsync(response, StatusCodes.Status404NotFound, $"not found: segment {target.Sequence} of {target.Rendition} in stream {target.ManifestId}");
                    return;
                }
                response.ContentType = stored.ContentType;
                response.ContentLength = stored.Data.Length;
                await response.Body.WriteAsync(stored.Data, http.RequestAborted);
                return;
            }
            if (!connection.IsConnected)
            {
                await PlainText.WriteAsync(response, StatusCodes.Status503ServiceUnavailable, connection.DescribeNotConnected());
                return;
            }
            var view = await cluster.GetGrain<IStreamGrain>(target.ManifestId).GetView();
            string? playlist = !view.Exists ? null
                : target.Kind == PlaybackKind.Master ? HlsPlaylists.Master(target.ManifestId, view.HlsVariants)
                : view.Windows.TryGetValue(target.Rendition!, out var window) ? HlsPlaylists.Media(target.Rendition!, window.HlsSegments, window.MediaSequence, view.Ended)
                : null;
            if (playlist is null)
            {
                await PlainText.WriteAsync(response, StatusCodes.Status404NotFound, target.Kind == PlaybackKind.Master
                    ? $"not found: no stream {target.ManifestId}"
                    : $"not found: stream {target.ManifestId} has no rendition {target.Rendition}");
                return;
            }
            response.ContentType = HlsPlaylists.MediaType;
            await response.WriteAsync(playlist, http.RequestAborted);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            logger.ClusterCallFailed(http.Request.Method, http.Request.Path.ToString(), $"{e.GetType().Name}: {e.Message}");
            await PlainText.WriteAsync(response, StatusCodes.Status503ServiceUnavailable, ClusterFailure.Describe(e));
        }
    }
}
