using System.Diagnostics;
using System.Globalization;
using Livepeer.Gateway.Api.Cluster;
using Livepeer.Gateway.Api.Options;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Video;

/// <summary>
/// HTTP push ingest, <c>POST|PUT /live/{manifestID}/{seq}.ts|.mp4</c> (gateway-api.md §2.1–2.6): the request is
/// checked here (path, headers, configuration, size, a structural probe of the body), then the stream's grain
/// does the rest; its outcome becomes the status code and, for <c>Accept: multipart/mixed</c>, the renditions.
/// </summary>
public static class PushEndpoints
{
    public static IEndpointRouteBuilder MapPushEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.Map("/live/{**path}", HandleAsync);
        return endpoints;
    }

    internal static async Task HandleAsync(
        HttpContext http, IClusterClient cluster, ClusterConnection connection, IOptions<VideoOptions> options, DefaultRenditions defaults, ILogger<VideoRoutes> logger)
    {
        var request = http.Request;
        var started = Stopwatch.GetTimestamp();
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPut(request.Method))
        {
            http.Response.Headers.Allow = "POST, PUT";
            await RefuseAsync(http, logger, StatusCodes.Status405MethodNotAllowed, $"method {request.Method} is not allowed here; push segments with POST or PUT");
            return;
        }

        PushPath path;
        StreamConfiguration configuration;
        TimeSpan duration;
        (int Width, int Height)? resolution;
        IReadOnlyList<RenditionProfile> renditions;
        try
        {
            path = PushPath.Parse(request.Path.Value ?? "");
            var header = request.Headers[PushHeaders.TranscodeConfiguration].ToString();
            configuration = header.Length == 0 ? StreamConfiguration.Empty : StreamConfiguration.ParseHeader(header);
            duration = PushHeaders.Duration(request.Headers[PushHeaders.ContentDuration]);
            resolution = PushHeaders.Resolution(request.Headers[PushHeaders.ContentResolution]);
            if (PushHeaders.Slice(request.Headers[PushHeaders.SliceFrom], request.Headers[PushHeaders.SliceTo]) is not null)
            {
                throw new VideoConfigException($"{PushHeaders.SliceFrom}/{PushHeaders.SliceTo}: segment slicing is not supported by this gateway; push the segment already cut");
            }
            renditions = configuration.Renditions(defaults.Profiles);
            if (RenditionSupport.Problem(renditions) is { } unsupported)
            {
                throw new VideoConfigException(unsupported);
            }
        }
        catch (VideoConfigException e)
        {
            await RefuseAsync(http, logger, StatusCodes.Status400BadRequest, e.Message);
            return;
        }

        var limit = options.Value.MaxSegmentBytes;
        // Not cancelled when the client goes away: ffmpeg's HLS output closes each PUT as soon as the segment
        // is sent, without waiting for the answer, and the segment must still be transcoded and kept.
        byte[]? body;
        try
        {
            using var span = PushTracing.Start(PushTracing.GatewayReadBody);
            body = await SegmentBody.ReadAsync(request, limit, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException)
        {
            logger.PushRefused(request.Method, request.Path.ToString(), StatusCodes.Status400BadRequest, $"the segment body could not be read: {e.Message}");
            return;
        }
        if (body is null)
        {
            await RefuseAsync(http, logger, StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"the segment is larger than the limit of {limit} bytes ({VideoOptions.SectionName}:MaxSegmentBytes)"));
            return;
        }
        SegmentProbeResult probe;
        using (PushTracing.Start(PushTracing.GatewayProbe))
        {
            probe = SegmentProbe.Probe(body, path.Format);
        }
        if (!probe.IsValid)
        {
            var problem = body.Length == 0 ? "the segment is empty (0 bytes); push a segment in the body" : probe.Problem!;
            await RefuseAsync(http, logger, StatusCodes.Status422UnprocessableEntity, problem);
            return;
        }
        if (!connection.IsConnected)
        {
            await RefuseAsync(http, logger, StatusCodes.Status503ServiceUnavailable, connection.DescribeNotConnected());
            return;
        }

        var push = new SegmentPush(
            path.Sequence, path.Format, body, duration, resolution?.Width ?? 0, resolution?.Height ?? 0,
            renditions, probe.HasVideo, configuration.VerificationFreq, configuration.TimeoutMultiplier);
        SegmentResult result;
        try
        {
            using var span = PushTracing.Start(PushTracing.GatewayGrainCall);
            result = await cluster.GetGrain<IStreamGrain>(path.ManifestId).ProcessSegment(push);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            logger.ClusterCallFailed(request.Method, request.Path.ToString(), $"{e.GetType().Name}: {e.Message}");
            await PlainText.WriteAsync(http.Response, StatusCodes.Status503ServiceUnavailable, ClusterFailure.Describe(e));
            return;
        }

        int status = StatusOf(result.Status);
        if (status != StatusCodes.Status200OK)
        {
            logger.SegmentFailed(path.ManifestId, path.Sequence, status, result.Error ?? result.Status.ToString());
            await PlainText.WriteAsync(http.Response, status, result.Error ?? result.Status.ToString());
            return;
        }
        logger.SegmentDone(path.ManifestId, path.Sequence, result.Status.ToString(), result.Renditions.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (MultipartRenditions.Wanted(request.Headers.Accept) && !http.RequestAborted.IsCancellationRequested)
        {
            using var span = PushTracing.Start(PushTracing.GatewayRespond);
            await MultipartRenditions.WriteAsync(http.Response, path.Sequence, path.Format, result.Renditions, http.RequestAborted);
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    /// <summary>The HTTP status of a segment outcome (gateway-api.md §2.6).</summary>
    public static int StatusOf(SegmentStatus status) => status switch
    {
        SegmentStatus.Transcoded or SegmentStatus.ViewOnly or SegmentStatus.PassedThrough => StatusCodes.Status200OK,
        SegmentStatus.BadInput or SegmentStatus.AttemptsFailed => StatusCodes.Status422UnprocessableEntity,
        SegmentStatus.NoSessions => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static Task RefuseAsync(HttpContext http, ILogger logger, int status, string reason)
    {
        logger.PushRefused(http.Request.Method, http.Request.Path.ToString(), status, reason);
        return PlainText.WriteAsync(http.Response, status, reason);
    }
}
