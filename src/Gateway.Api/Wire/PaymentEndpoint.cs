using Google.Protobuf;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// <c>POST /payment</c> (pm-protocol.md §9.6): the same header checks as /segment, fresh OrchestratorInfo (500),
/// then the payment credited to the session named by SegData.manifestId (400 with the ticket error), answered
/// with a protobuf PaymentResult carrying the fresh info and the gateway's own auth token. No balance check and
/// no work: this is how live and AI gateways pay ahead.
/// </summary>
public static partial class PaymentEndpoint
{
    /// <summary>The balance key of a payment whose SegData names no manifest.</summary>
    public const string EmptyManifestKey = "(no manifest)";

    public static async Task ServeAsync(HttpContext context, WireOrchestrator orchestrator, WireCapacity capacity, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(PaymentEndpoint));
        var (credentials, failure) = await WireCredentialsReader.ReadAsync(context, orchestrator, capacity);
        if (credentials is null)
        {
            LogRefused(logger, failure!.Status, failure.Message);
            await failure.WriteAsync(context);
            return;
        }
        var (info, infoError) = await orchestrator.InfoAsync(credentials.Sender, credentials.SessionId, null, null, credentials.SegData.AuthToken);
        if (info is null)
        {
            LogRefused(logger, StatusCodes.Status500InternalServerError, infoError!);
            await GoHttpError.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal Server Error");
            return;
        }
        var manifest = credentials.SegData.ManifestId.ToStringUtf8();
        var payment = await orchestrator.Processor.AcceptPaymentAsync(
            orchestrator.Address, credentials.Sender, credentials.PaymentHeader, manifest.Length == 0 ? EmptyManifestKey : manifest, requireBalance: false);
        if (!payment.Accepted)
        {
            LogRefused(logger, StatusCodes.Status400BadRequest, payment.Error!);
            await GoHttpError.WriteAsync(context, StatusCodes.Status400BadRequest, payment.Error!);
            return;
        }
        LogCredited(logger, credentials.Sender.ToString(), manifest, payment.Receipt.CreditedCount, payment.Receipt.Balance.ToString());
        await context.Response.Body.WriteAsync(new Protocol.Rpc.PaymentResult { Info = info }.ToByteArray(), context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "POST /payment refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "POST /payment from {Sender} for {Manifest}: {Tickets} tickets credited, balance {Balance}")]
    private static partial void LogCredited(ILogger logger, string sender, string manifest, int tickets, string balance);
}
