using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Livepeer.Gateway.Api.Cluster;
using Livepeer.Gateway.Api.Options;
using Livepeer.Grains.Abstractions.Ai;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Pricing;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>
/// One batch AI request: read and check it (413/415/422), read the uploaded file's header and price it by the
/// pipeline's units (400 when it is not what the route takes), have the cluster run it paid on an orchestrator
/// that offers the capability and model (<see cref="IAiJobGrain"/>), and answer in the route's schema with
/// media stored for <c>GET /media/ai/…</c>. 503 only when no orchestrator offers the pipeline (or the cluster is
/// unreachable); an unknown model of an offered pipeline and input the worker refuses are 400s.
/// </summary>
public sealed class AiRequestHandler(
    IClusterClient cluster,
    ClusterConnection connection,
    AiResponseBuilder responses,
    AiAsyncResults asyncResults,
    IOptions<AiApiOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<AiRequestHandler> logger)
{
    public const string PreferHeader = "Prefer";
    public const string RespondAsync = "respond-async";

    /// <summary>Response header naming the request in the gateway's logs and media paths.</summary>
    public const string RequestIdHeader = "Livepeer-Request-Id";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task<IResult> HandleAsync(AiPipeline pipeline, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(http);
        var requestId = NewRequestId();
        http.Response.Headers[RequestIdHeader] = requestId;
        var limits = options.Value;
        var read = await AiBodyReader.ReadAsync(pipeline, http.Request, limits.MaxJsonBytes, limits.MaxUploadBytes);
        if (read.Error is { } readError)
        {
            GatewayAiLog.Refused(logger, requestId, pipeline.Name, "unreadable body");
            return readError;
        }
        var parsed = read.Parsed!;
        if (!parsed.Succeeded)
        {
            GatewayAiLog.Refused(logger, requestId, pipeline.Name, parsed.Summary);
            return AiResults.Invalid(parsed.Problems);
        }
        var request = parsed.Request;
        if (!AiInputInspector.TryInspect(request, new AiInputLimits(limits.MaxImagePixels, limits.MaxAudioSeconds), out var input, out var inputError))
        {
            GatewayAiLog.Refused(logger, requestId, pipeline.Name, inputError);
            return AiResults.Error(StatusCodes.Status400BadRequest, inputError);
        }
        if (pipeline == AiPipelines.Llm && request.Integer("max_tokens") is null)
        {
            // Sent explicitly, so the orchestrator debits the 256 tokens paid for rather than its own default of 400.
            request = request.With("max_tokens", AiUnits.GatewayDefaultLlmMaxTokens.ToString(CultureInfo.InvariantCulture));
        }
        if (!AiRequestUnits.TryCompute(request, input, AiPricingSide.Gateway, out var units, out var unitsError))
        {
            GatewayAiLog.Refused(logger, requestId, pipeline.Name, unitsError);
            return AiResults.Error(StatusCodes.Status400BadRequest, unitsError);
        }
        var mediaBase = MediaBase(http.Request);
        if (pipeline == AiPipelines.ImageToVideo && WantsAsync(http.Request))
        {
            await asyncResults.StartAsync(requestId, http.RequestAborted);
            _ = Task.Run(() => RunAsyncRequest(request, requestId, units, mediaBase));
            GatewayAiLog.Accepted(logger, requestId, pipeline.Name);
            return TypedResults.Json(new AsyncAccepted(requestId), statusCode: StatusCodes.Status202Accepted);
        }
        var outcome = await ExecuteAsync(request, requestId, units, mediaBase, http.RequestAborted);
        if (outcome.Llm is { } llm && request.Flag("stream") == true)
        {
            await WriteStreamAsync(http.Response, llm, http.RequestAborted);
            return Results.Empty;
        }
        return outcome.ToResult();
    }

    /// <summary>Runs a checked, priced request on the cluster and builds the answer; never throws for cluster trouble.</summary>
    public async Task<AiOutcome> ExecuteAsync(AiRequest request, string requestId, System.Numerics.BigInteger units, string mediaBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = request.Pipeline.Name;
        if (!connection.IsConnected)
        {
            return AiOutcome.Failed(StatusCodes.Status503ServiceUnavailable, connection.DescribeNotConnected());
        }
        var started = Stopwatch.GetTimestamp();
        AiJobResult result;
        try
        {
            var job = new AiJob(requestId, pipeline, request.ModelId, units, request.Media?.Data ?? [], request.ToPayloadJson());
            result = await cluster.GetGrain<IAiJobGrain>(0).Run(job);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            GatewayAiLog.ClusterFailed(logger, requestId, pipeline, e.Message);
            return AiOutcome.Failed(StatusCodes.Status503ServiceUnavailable, ClusterFailure.Describe(e));
        }
        var took = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        string model = request.UsesDefaultModel ? "(default)" : request.ModelId;
        switch (result.Status)
        {
            case AiJobStatus.Completed:
                GatewayAiLog.Completed(logger, requestId, pipeline, model, result.Orchestrator?.ToString() ?? "-", result.ChargedUnits.ToString(CultureInfo.InvariantCulture),
                    PriceText.Format(result.Fee), result.Paid, took);
                return await responses.BuildAsync(request, requestId, result.Output!, mediaBase, cancellationToken);
            case AiJobStatus.NoOrchestrator:
                GatewayAiLog.Failed(logger, requestId, pipeline, model, result.Status.ToString(), result.Error ?? "", took);
                return AiOutcome.Failed(StatusCodes.Status503ServiceUnavailable, result.Error ?? $"no orchestrator offers {pipeline}");
            case AiJobStatus.UnknownModel or AiJobStatus.BadInput:
                GatewayAiLog.Failed(logger, requestId, pipeline, model, result.Status.ToString(), result.Error ?? "", took);
                return AiOutcome.Failed(StatusCodes.Status400BadRequest, result.Error ?? "bad request");
            default:
                GatewayAiLog.Failed(logger, requestId, pipeline, model, result.Status.ToString(), result.Error ?? "", took);
                return AiOutcome.Failed(StatusCodes.Status500InternalServerError, result.Error ?? $"{pipeline} failed");
        }
    }

    private async Task RunAsyncRequest(AiRequest request, string requestId, System.Numerics.BigInteger units, string mediaBase)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            var outcome = await ExecuteAsync(request, requestId, units, mediaBase, stopping);
            await asyncResults.CompleteAsync(requestId, outcome, stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            GatewayAiLog.AsyncFailed(logger, e, requestId);
            await asyncResults.CompleteAsync(requestId, AiOutcome.Failed(StatusCodes.Status500InternalServerError, $"internal error: {e.GetType().Name}: {e.Message}"), CancellationToken.None);
        }
    }

    /// <summary>
    /// text/event-stream: one <c>data: &lt;LLMResponse&gt;</c> per piece of the answer (delta), the last one with
    /// finish_reason "stop" and the usage, and no [DONE] sentinel (gateway-api.md §3.3). The answer is complete
    /// before the first piece is written: the worker returns it whole.
    /// </summary>
    private static async Task WriteStreamAsync(HttpResponse response, LlmResponse llm, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var content = llm.Choices.FirstOrDefault()?.Message?.Content ?? "";
        var pieces = SplitWords(content);
        var zero = new LlmUsage(0, 0, 0);
        foreach (var piece in pieces)
        {
            var chunk = llm with { Usage = zero, Choices = [new LlmChoice(0, "", null, new LlmMessage("assistant", piece))] };
            await response.WriteAsync($"data: {JsonSerializer.Serialize(chunk, Web)}\n\n", cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        var last = llm with { Choices = [new LlmChoice(0, "stop", null, new LlmMessage("assistant", ""))] };
        await response.WriteAsync($"data: {JsonSerializer.Serialize(last, Web)}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>Words with the whitespace before them, so the pieces join back to the text.</summary>
    internal static List<string> SplitWords(string text)
    {
        var pieces = new List<string>();
        int start = 0;
        for (int i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1])))
            {
                pieces.Add(text[start..i]);
                start = i;
            }
        }
        return pieces;
    }

    private string MediaBase(HttpRequest request) =>
        options.Value.MediaBaseUrl is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}";

    private static bool WantsAsync(HttpRequest request) =>
        request.Headers[PreferHeader].Any(value => value is not null
            && value.Split(',').Any(part => string.Equals(part.Trim(), RespondAsync, StringComparison.OrdinalIgnoreCase)));

    private static string NewRequestId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
