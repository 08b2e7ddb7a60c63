using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Selection;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// Between our <see cref="OrchestratorQuote"/> and the wire's OrchestratorInfo (pm-protocol.md §6.2): the
/// orchestrator endpoints send one, remote-orchestrator clients read one back (with the checks a
/// gateway makes, §8.3).
/// </summary>
public static class OrchestratorInfoMapping
{
    /// <summary>
    /// The OrchestratorInfo a quote becomes: the service URI B posts to, ticket params with their
    /// expiration params (field 7), the price the params were issued at, the node's signing address,
    /// the capability advert and the auth token.
    /// </summary>
    public static OrchestratorInfo ToOrchestratorInfo(this OrchestratorQuote quote, string transcoderUri, EthAddress nodeAddress, Capabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(transcoderUri);
        ArgumentNullException.ThrowIfNull(capabilities);
        return new OrchestratorInfo
        {
            Transcoder = transcoderUri,
            TicketParams = TicketParamsWire.ToWire(quote.TicketParams),
            PriceInfo = quote.PricePerPixel.ToPriceInfo(quote.PriceCapability ?? 0, quote.PriceModel ?? ""),
            Address = ByteString.CopyFrom(nodeAddress.ToBytes()),
            Capabilities = capabilities,
            AuthToken = AuthTokenOf(quote),
        };
    }

    /// <summary>The auth token a quote carries, as SegData echoes it.</summary>
    public static AuthToken AuthTokenOf(OrchestratorQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new AuthToken
        {
            Token = ByteString.CopyFrom(quote.AuthToken),
            SessionId = quote.SessionId,
            Expiration = quote.AuthExpiration,
        };
    }

    /// <summary>
    /// Reads an OrchestratorInfo from a remote orchestrator into a quote, or returns why it is unusable:
    /// ticket params and auth token present and well-formed, a usable price (§8.3 d), and the ticket
    /// recipient equal to <paramref name="expectedRecipient"/> when one is given (the gateway's balance
    /// and session are keyed by it).
    /// </summary>
    public static string? TryToQuote(OrchestratorInfo? info, EthAddress? expectedRecipient, out OrchestratorQuote? quote)
    {
        quote = null;
        if (info is null)
        {
            return "the orchestrator sent no OrchestratorInfo";
        }
        if (info.TicketParams is null)
        {
            return "the orchestrator sent no ticket params (it runs off-chain, and this gateway pays with tickets)";
        }
        if (info.AuthToken is null || info.AuthToken.SessionId.Length == 0)
        {
            return "the orchestrator sent no auth token";
        }
        if (PriceInfoConversion.ValidateAdvertised(info.PriceInfo) is { } priceProblem)
        {
            return $"the orchestrator's price is unusable: {priceProblem}";
        }
        if (info.Transcoder.Length == 0)
        {
            return "the orchestrator sent no service URI";
        }
        Protocol.Tickets.TicketParams ticketParams;
        try
        {
            ticketParams = TicketParamsWire.FromWire(info.TicketParams, info.PriceInfo.ToPricePerPixel());
        }
        catch (WireFormatException e)
        {
            return $"the orchestrator's ticket params are malformed: {e.Message}";
        }
        if (ticketParams.ExpirationParams is null)
        {
            return "the orchestrator's ticket params carry no expiration params (creation round)";
        }
        if (expectedRecipient is { } expected && ticketParams.Recipient != expected)
        {
            return $"the orchestrator's tickets pay {ticketParams.Recipient}, not the orchestrator {expected} this session is for";
        }
        quote = new OrchestratorQuote(
            ticketParams.Recipient,
            info.Transcoder,
            ticketParams,
            ticketParams.PricePerPixel,
            info.PriceInfo.Capability == 0 && info.PriceInfo.Constraint.Length == 0 ? null : info.PriceInfo.Capability,
            info.PriceInfo.Constraint.Length == 0 ? null : info.PriceInfo.Constraint,
            info.AuthToken.SessionId,
            info.AuthToken.Token.ToByteArray(),
            info.AuthToken.Expiration,
            CapabilitiesOf(info.Capabilities));
        return null;
    }

    /// <summary>
    /// The AI capabilities (and models) an advert lists, and transcoding when it has the H.264 bit: selection offers
    /// segments only to an orchestrator that lists transcoding once it lists anything (the other transcoding bits are
    /// implied by it).
    /// </summary>
    public static IReadOnlyList<OrchestratorCapability> CapabilitiesOf(Capabilities? advert)
    {
        var capabilities = new List<OrchestratorCapability>();
        foreach (var (capability, models) in CapabilityAdverts.Offered(advert))
        {
            if (capability == Capability.Transcoding)
            {
                uint capacity = advert!.Capacities.TryGetValue((uint)capability, out var advertised) && advertised > 0 ? advertised : 1;
                capabilities.Add(new OrchestratorCapability((uint)capability, null, true, capacity));
                continue;
            }
            if (capability < Capability.TextToImage)
            {
                continue;
            }
            if (models.Count == 0)
            {
                capabilities.Add(new OrchestratorCapability((uint)capability, null));
            }
            capabilities.AddRange(models.Select(m => new OrchestratorCapability((uint)capability, m.Model, m.Warm, m.Capacity)));
        }
        return capabilities;
    }

    /// <summary>
    /// The advert for an orchestrator offering <paramref name="capabilities"/>: model entries become model
    /// constraints with their warm flag and capacity; model-less entries offer the whole capability.
    /// </summary>
    public static Capabilities AdvertFor(IReadOnlyList<OrchestratorCapability> capabilities, uint capacity, string version)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var models = capabilities
            .GroupBy(c => (int)c.Capability)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ModelOffer>)[.. g.Where(c => c.Model is not null).DistinctBy(c => c.Model, StringComparer.Ordinal).Select(c => new ModelOffer(c.Model!, c.Warm, c.Capacity))]);
        return CapabilityAdverts.ForOrchestrator(models, capacity, version);
    }
}
