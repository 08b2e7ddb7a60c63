using Google.Protobuf;
using Livepeer.Grains.Abstractions.Wire;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// <c>POST /segment</c> (pm-protocol.md §9.1–9.5): header checks, fresh OrchestratorInfo (500), the payment for the
/// auth-token session (400 with the ticket error or "Insufficient balance"), the body and its hash (403
/// "Forbidden"); then 200 is sent at once and the TranscodeResult body follows: renditions (served under
/// /stream/, with output pixels) and the node's result signature, or the transcoding error.
/// </summary>
public static partial class SegmentEndpoint
{
    public const string UriContentType = "application/vnd+livepeer.uri";

    public static async Task ServeAsync(
        HttpContext context,
        WireOrchestrator orchestrator,
        WireCapacity capacity,
        IClusterClient cluster,
        IOptions<OrchestratorWireOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SegmentEndpoint));
        var (credentials, failure) = await WireCredentialsReader.ReadAsync(context, orchestrator, capacity);
        if (credentials is null)
        {
            LogRefused(logger, failure!.Status, failure.Message);
            await failure.WriteAsync(context);
            return;
        }
        var sessionId = credentials.SessionId;
        var (info, infoError) = await orchestrator.InfoAsync(credentials.Sender, sessionId, null, null, credentials.SegData.AuthToken);
        if (info is null)
        {
            LogInfoFailed(logger, credentials.Sender.ToString(), infoError!);
            await GoHttpError.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal Server Error");
            return;
        }
        var payment = await orchestrator.Processor.AcceptPaymentAsync(orchestrator.Address, credentials.Sender, credentials.PaymentHeader, sessionId);
        if (!payment.Accepted)
        {
            LogRefused(logger, StatusCodes.Status400BadRequest, payment.Error!);
            await GoHttpError.WriteAsync(context, StatusCodes.Status400BadRequest, payment.Error!);
            return;
        }
        var body = await WireBody.ReadAtMostAsync(context, options.Value.MaxSegmentBytes);
        if (body is null)
        {
            await GoHttpError.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal Server Error");
            return;
        }
        if (context.Request.ContentType == UriContentType)
        {
            // Fetching a URL a peer names would let any gateway make this node request arbitrary addresses.
            LogRefused(logger, StatusCodes.Status400BadRequest, "segment by URL is not supported");
            await GoHttpError.WriteAsync(context, StatusCodes.Status400BadRequest, "BadRequest");
            return;
        }
        if (!credentials.Metadata.Hash.Equals(new Protocol.Tickets.Hash32(Keccak256.Hash(body))))
        {
            LogRefused(logger, StatusCodes.Status403Forbidden, "body hash does not match SegData.hash");
            await GoHttpError.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden");
            return;
        }

        // 200 now, as go-livepeer does: the upload is complete; transcoding errors come in the body.
        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.StartAsync(context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);

        var metadata = credentials.Metadata;
        var job = new WireSegmentJob(
            credentials.Sender,
            sessionId,
            payment.Price,
            credentials.SegData.ManifestId.ToStringUtf8(),
            metadata.Seq,
            metadata.Duration,
            [.. metadata.Profiles.Select(p => p.ToByteArray())],
            body);
        WireSegmentOutcome outcome;
        try
        {
            outcome = await cluster.GetGrain<IWireWorkGrain>(orchestrator.Address.ToLowerHex()).TranscodeSegment(job);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTranscodeFailed(logger, e, sessionId, metadata.Seq);
            outcome = new WireSegmentOutcome($"transcoding failed: {e.Message}", []);
        }
        var result = new TranscodeResult { Seq = metadata.Seq, Info = info };
        if (outcome.Succeeded)
        {
            var data = new TranscodeData { Sig = ByteString.CopyFrom(orchestrator.Key.SignResultHashes(outcome.Renditions.Select(r => r.Hash))) };
            data.Segments.AddRange(outcome.Renditions.Select(r => new TranscodedSegmentData { Url = orchestrator.ServiceUri + "/stream/" + r.MediaPath, Pixels = r.Pixels }));
            result.Data = data;
        }
        else
        {
            result.Error = outcome.Error;
        }
        await context.Response.Body.WriteAsync(result.ToByteArray(), context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "POST /segment refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "POST /segment from {Sender}: could not build OrchestratorInfo: {Reason}")]
    private static partial void LogInfoFailed(ILogger logger, string sender, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "POST /segment session {Session} seq {Seq}: transcoding failed")]
    private static partial void LogTranscodeFailed(ILogger logger, Exception exception, string session, long seq);
}
