using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Segments;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// The header checks every paid wire request passes first, in go-livepeer's order (pm-protocol.md §9.3;
/// processPaymentAndSegmentHeaders, verifySegCreds): Livepeer-Payment decodes (402), Livepeer-Segment decodes
/// (403 "ErrorSegEncoding" or the protobuf error), profiles and duration (403), the segment signature against
/// Payment.sender (403 "ErrSegSig"), capabilities (403 "incompatible capabilities"), the auth token (403
/// missing / invalid / expired), and capacity for the session (403 "OrchestratorCapped").
/// </summary>
public static class WireCredentialsReader
{
    public const string PaymentHeader = "Livepeer-Payment";
    public const string SegmentHeader = "Livepeer-Segment";

    public static async Task<(WireCredentials? Credentials, WireFailure? Failure)> ReadAsync(HttpContext context, WireOrchestrator orchestrator, WireCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paymentHeader = context.Request.Headers[PaymentHeader].ToString();
        Payment payment;
        try
        {
            payment = PaymentWire.ParseHeader(paymentHeader);
        }
        catch (WireFormatException e)
        {
            return (null, new WireFailure(StatusCodes.Status402PaymentRequired, e.Message));
        }
        var sender = GoBytes.ToAddress(payment.Sender);
        SegData segData;
        SegmentMetadata metadata;
        try
        {
            segData = SegDataWire.ParseHeader(context.Request.Headers[SegmentHeader].ToString());
            metadata = SegmentMetadata.From(segData);
        }
        catch (WireFormatException e)
        {
            return (null, Forbidden(e.Message));
        }
        if (SegmentSignature.Check(segData, sender) is not null)
        {
            return (null, Forbidden(SegDataWire.ErrSegSig));
        }
        if (!CapabilityCompatibility.IsCompatible(segData.Capabilities, await orchestrator.AdvertAsync()))
        {
            return (null, Forbidden(CapabilityCompatibility.ErrIncompatible));
        }
        var token = segData.AuthToken;
        if (await orchestrator.Processor.CheckAuthTokenAsync(orchestrator.Address, token?.SessionId, token?.Expiration ?? 0, token?.Token.ToByteArray()) is { } tokenError)
        {
            return (null, Forbidden(tokenError));
        }
        if (!capacity.TryUseSession(token!.SessionId))
        {
            return (null, Forbidden(WireCapacity.ErrOrchestratorCapped));
        }
        return (new WireCredentials(payment, paymentHeader, sender, segData, metadata), null);
    }

    private static WireFailure Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);
}
