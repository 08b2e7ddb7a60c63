using System.Text.Json;
using Livepeer.AzureStorage.Blobs;
using Livepeer.Gateway.Api.ApiKeys;
using Livepeer.Protocol.Ai;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>
/// The batch AI routes of gateway-api.md §3.1 (POST /text-to-image, …, /text-to-speech), the async result poll
/// <c>POST /image-to-video/result</c>, and <c>GET /media/ai/{requestId}/{file}</c> serving their media (beside, not under, the HLS /stream routes).
/// </summary>
public static class AiEndpoints
{
    public static IEndpointRouteBuilder MapAiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var ai = endpoints.MapGroup("")
            .AddEndpointFilter<AiErrorFilter>()
            .AddEndpointFilter<ApiKeyFilter>();
        foreach (var pipeline in AiPipelines.All)
        {
            ai.MapPost(pipeline.Route, (HttpContext http, AiRequestHandler handler) => handler.HandleAsync(pipeline, http));
        }
        ai.MapPost(AiPipelines.ImageToVideo.Route + "/result", PollResult);
        endpoints.MapGet(AiResponseBuilder.MediaRoutePrefix + "{requestId}/{file}", GetMedia);
        return endpoints;
    }

    private static async Task<IResult> PollResult(HttpRequest request, AiAsyncResults results)
    {
        string? requestId = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                requestId = id.GetString();
            }
        }
        catch (JsonException e)
        {
            return AiResults.Invalid([new AiValidationProblem(["body"], $"JSON decode error: {e.Message}", "value_error.jsondecode")]);
        }
        if (string.IsNullOrEmpty(requestId))
        {
            return AiResults.Invalid([new AiValidationProblem(["body", "request_id"], "field required", AiValidationProblem.Missing)]);
        }
        var status = await results.GetAsync(requestId, request.HttpContext.RequestAborted);
        return status switch
        {
            null => AiResults.Error(StatusCodes.Status400BadRequest, "invalid request ID"),
            { Status: AsyncStatus.Processing } => TypedResults.Json(status, statusCode: StatusCodes.Status202Accepted),
            _ => TypedResults.Json(status),
        };
    }

    private static async Task<IResult> GetMedia(string requestId, string file, IMediaStore media, CancellationToken cancellationToken)
    {
        var path = $"ai/{requestId}/{file}";
        if (MediaPath.Problem(path) is { } problem)
        {
            return AiResults.Error(StatusCodes.Status400BadRequest, $"invalid media path: {problem}");
        }
        var stored = await media.GetAsync(path, cancellationToken);
        return stored is null
            ? AiResults.Error(StatusCodes.Status404NotFound, $"no media {requestId}/{file} on this gateway")
            : TypedResults.File(stored.Data, stored.ContentType, lastModified: stored.LastModified);
    }
}
