using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Segments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Wire.Tests.Infrastructure;

/// <summary>Builds the headers a gateway sends for one segment: a signed SegData and a Payment with enough tickets.</summary>
public static class PaidSegment
{
    public static readonly VideoProfile Profile144 = new() { Name = "P144p30fps16x9", Width = 256, Height = 144, Bitrate = 400_000, Fps = 30 };

    public static SegData SegData(EthKey sender, OrchestratorInfo info, string manifestId, long seq, byte[] segment, params VideoProfile[] profiles)
    {
        var segData = new SegData
        {
            ManifestId = ByteString.CopyFromUtf8(manifestId),
            Seq = seq,
            Hash = ByteString.CopyFrom(Keccak256.Hash(segment)),
            Profiles = ByteString.CopyFromUtf8("invalid"),
            Duration = 1000,
            Capabilities = CapabilityAdverts.ForTranscodingJob(profiles),
            AuthToken = info.AuthToken,
        };
        segData.FullProfiles.AddRange(profiles);
        SegmentSignature.Sign(sender, segData);
        return segData;
    }

    /// <summary>A payment against <paramref name="info"/> with <paramref name="tickets"/> tickets from nonce <paramref name="firstNonce"/>.</summary>
    public static Payment Payment(EthKey sender, OrchestratorInfo info, int tickets, uint firstNonce = 1)
    {
        var price = info.PriceInfo.ToPricePerPixel();
        var ticketParams = TicketParamsWire.FromWire(info.TicketParams, price);
        var batch = TicketBatch.Sign(ticketParams, ticketParams.ExpirationParams!, sender, firstNonce, tickets);
        return PaymentWire.FromTicketBatch(batch, info.PriceInfo);
    }
}
