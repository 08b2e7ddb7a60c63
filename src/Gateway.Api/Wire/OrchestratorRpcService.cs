using Google.Protobuf;
using Grpc.Core;
using Livepeer.Protocol.Auth;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Selection;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// gRPC <c>net.Orchestrator</c> (pm-protocol.md §6.11, §8): GetOrchestrator checks the sender's signature over
/// its checksummed address and the node's capacity, then quotes it (price for the capability and model it asks
/// about); Ping signs the value with the node key; EndTranscodingSession frees the session of a valid token.
/// Errors are plain gRPC errors carrying go-livepeer's text, as go-livepeer returns them.
/// </summary>
public sealed partial class OrchestratorRpcService(WireOrchestrator orchestrator, WireCapacity capacity, ILogger<OrchestratorRpcService> logger)
    : Orchestrator.OrchestratorBase
{
    public const string ErrInvalidAuthToken = "Invalid auth token";

    public override async Task<OrchestratorInfo> GetOrchestrator(OrchestratorRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (OrchestratorRequestSignature.Check(request, out var sender) is { } signatureError)
        {
            throw Refuse($"Invalid orchestrator request ({signatureError})");
        }
        if (!capacity.HasRoomForNewSession())
        {
            throw Refuse($"Invalid orchestrator request ({WireCapacity.ErrOrchestratorCapped})");
        }
        var (capability, model) = PricedJob(request.Capabilities);
        var (info, error) = await orchestrator.InfoAsync(sender, null, capability, model);
        if (info is null)
        {
            LogRefused(sender.ToString(), error!);
            throw Refuse(error!);
        }
        LogQuoted(sender.ToString(), info.AuthToken.SessionId, info.PriceInfo.PricePerUnit, info.PriceInfo.PixelsPerUnit);
        return info;
    }

    public override Task<PingPong> Ping(PingPong request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new PingPong { Value = ByteString.CopyFrom(orchestrator.Key.SignHashed(request.Value.Span)) });
    }

    public override async Task<EndTranscodingSessionResponse> EndTranscodingSession(EndTranscodingSessionRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = request.AuthToken;
        // Only the HMAC decides: an expired token may still end its own session.
        var problem = token is null
            ? AuthTokens.ErrMissing
            : await orchestrator.Processor.CheckAuthTokenAsync(orchestrator.Address, token.SessionId, token.Expiration, token.Token.ToByteArray());
        if (problem is not null && problem != AuthTokens.ErrExpired)
        {
            throw Refuse(ErrInvalidAuthToken);
        }
        capacity.EndSession(token!.SessionId);
        return new EndTranscodingSessionResponse();
    }

    /// <summary>
    /// What to price: the first AI capability the request names (with its first model constraint, if any),
    /// otherwise transcoding. go-livepeer sums several; one request here asks for one job.
    /// </summary>
    internal static (uint? Capability, string? Model) PricedJob(Capabilities? requested)
    {
        foreach (var (capability, models) in CapabilityAdverts.Offered(requested))
        {
            if (capability >= Capability.TextToImage)
            {
                return ((uint)capability, models.Count > 0 ? models[0].Model : null);
            }
        }
        return (null, null);
    }

    private static RpcException Refuse(string message) => new(new Status(StatusCode.Unknown, message), message);

    [LoggerMessage(Level = LogLevel.Information, Message = "GetOrchestrator from {Sender}: session {Session} at {PricePerUnit}/{PixelsPerUnit} wei/unit")]
    private partial void LogQuoted(string sender, string session, long pricePerUnit, long pixelsPerUnit);

    [LoggerMessage(Level = LogLevel.Information, Message = "GetOrchestrator from {Sender} refused: {Reason}")]
    private partial void LogRefused(string sender, string reason);
}
