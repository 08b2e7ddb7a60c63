using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// A payment and the work it pays for, as a transport delivers them.
/// </summary>
/// <param name="PaymentHeader">the Livepeer-Payment header value (base64 protobuf Payment)</param>
/// <param name="SessionId">the orchestrator's auth-token session id (its balance key)</param>
/// <param name="Capability">capability of the work, null for transcoding</param>
/// <param name="Quote">the OrchestratorInfo the payment was made against (a remote transport echoes its auth token and posts to its service URI)</param>
public sealed record PaidCall(EthAddress Sender, string PaymentHeader, string SessionId, WorkOrder Work, uint? Capability, string? Model, OrchestratorQuote? Quote = null);
