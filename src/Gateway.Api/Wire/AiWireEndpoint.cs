using System.Globalization;
using System.Text.Json;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Wire;
using Livepeer.Protocol.Ai;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// The orchestrator's AI routes (<c>POST /text-to-image</c> etc., the ai-runner request format) with payment
/// headers, in go-livepeer's order (server/ai_http.go): body decoded and checked (400), Livepeer-Payment (402),
/// Livepeer-Segment credentials (403), capacity for the model (503 "insufficient capacity"), the payment for the
/// session "{capability}_{model}" (400, including "Insufficient balance"), the work (500, or 400 for bad input),
/// then 200 with the ai-runner JSON response whose media URLs point at /stream/.
/// </summary>
public static partial class AiWireEndpoint
{
    public static async Task ServeAsync(
        HttpContext context,
        AiPipeline pipeline,
        WireOrchestrator orchestrator,
        WireCapacity capacity,
        IClusterClient cluster,
        IOptions<OrchestratorWireOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(AiWireEndpoint));
        var (request, parseError) = await ReadRequestAsync(context, pipeline, options.Value.MaxAiRequestBytes);
        if (request is null)
        {
            LogRefused(logger, pipeline.Name, StatusCodes.Status400BadRequest, parseError!);
            await GoHttpError.WriteAsync(context, StatusCodes.Status400BadRequest, parseError!);
            return;
        }
        var (credentials, failure) = await WireCredentialsReader.ReadAsync(context, orchestrator, capacity);
        if (credentials is null)
        {
            LogRefused(logger, pipeline.Name, failure!.Status, failure.Message);
            await failure.WriteAsync(context);
            return;
        }
        using var slot = capacity.TryReserveAi(pipeline.Name, request.ModelId);
        if (slot is null)
        {
            LogRefused(logger, pipeline.Name, StatusCodes.Status503ServiceUnavailable, WireCapacity.ErrInsufficientCapacity);
            await GoHttpError.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, WireCapacity.ErrInsufficientCapacity);
            return;
        }
        var sessionKey = string.Create(CultureInfo.InvariantCulture, $"{pipeline.Capability}_{request.ModelId}");
        var payment = await orchestrator.Processor.AcceptPaymentAsync(orchestrator.Address, credentials.Sender, credentials.PaymentHeader, sessionKey);
        if (!payment.Accepted)
        {
            LogRefused(logger, pipeline.Name, StatusCodes.Status400BadRequest, payment.Error!);
            await GoHttpError.WriteAsync(context, StatusCodes.Status400BadRequest, payment.Error!);
            return;
        }
        var requestId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var job = new WireAiJob(
            credentials.Sender,
            sessionKey,
            payment.Price,
            requestId,
            new WorkPayload(pipeline.JobName, request.Media?.Data ?? [], request.ToPayloadJson()),
            orchestrator.MediaBaseUrl);
        WireAiOutcome outcome;
        try
        {
            outcome = await cluster.GetGrain<IWireWorkGrain>(orchestrator.Address.ToLowerHex()).RunAi(job);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, pipeline.Name, requestId);
            outcome = new WireAiOutcome(null, $"{pipeline.Name} failed: {e.Message}", false);
        }
        if (!outcome.Succeeded)
        {
            int status = outcome.IsBadInput ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
            LogRefused(logger, pipeline.Name, status, outcome.Error!);
            await GoHttpError.WriteAsync(context, status, outcome.Error!);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(outcome.ResponseJson!, context.RequestAborted);
    }

    /// <summary>The request in the ai-runner format: JSON for the JSON routes, multipart for the file routes.</summary>
    private static async Task<(AiRequest? Request, string? Error)> ReadRequestAsync(HttpContext context, AiPipeline pipeline, long limit)
    {
        try
        {
            if (pipeline.Body == AiBodyKind.Json)
            {
                var body = await WireBody.ReadAtMostAsync(context, limit);
                if (body is null)
                {
                    return (null, "request body too large or unreadable");
                }
                using var document = JsonDocument.Parse(body);
                var parsed = AiRequestParser.ParseJson(pipeline, document.RootElement);
                return parsed.Succeeded ? (parsed.Request, null) : (null, parsed.Summary);
            }
            if (!context.Request.HasFormContentType)
            {
                return (null, $"{pipeline.Route} takes multipart/form-data, got \"{context.Request.ContentType}\"");
            }
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            var files = new List<AiMediaFile>();
            foreach (var file in form.Files)
            {
                if (file.Length > limit)
                {
                    return (null, $"uploaded file {file.Name} is larger than {limit} bytes");
                }
                using var data = new MemoryStream();
                await file.CopyToAsync(data, context.RequestAborted);
                files.Add(new AiMediaFile(file.Name, file.FileName, file.ContentType ?? "application/octet-stream", data.ToArray()));
            }
            var result = AiRequestParser.ParseForm(pipeline, fields, files);
            return result.Succeeded ? (result.Request, null) : (null, result.Summary);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, $"could not decode the {pipeline.Name} request: {e.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "POST /{Pipeline} refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string pipeline, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "POST /{Pipeline} request {RequestId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string pipeline, string requestId);
}
