using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Sessions;

/// <summary>Where a session's orchestrator is: its address, and its service URI when it is remote.</summary>
public sealed record OrchestratorEndpoint(EthAddress Orchestrator, string ServiceUri);
