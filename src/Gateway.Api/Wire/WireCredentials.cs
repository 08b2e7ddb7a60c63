using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>The checked Livepeer-Payment and Livepeer-Segment headers of one request.</summary>
/// <param name="PaymentHeader">the header value as received (the ticket receiver decodes it again)</param>
/// <param name="Sender">Payment.sender read as go-ethereum reads it</param>
public sealed record WireCredentials(Payment Payment, string PaymentHeader, EthAddress Sender, SegData SegData, SegmentMetadata Metadata)
{
    /// <summary>The auth-token session id: the balance key of /segment.</summary>
    public string SessionId => SegData.AuthToken.SessionId;
}
