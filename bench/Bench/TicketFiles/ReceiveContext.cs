using Livepeer.Protocol.Crypto;

namespace Livepeer.Bench.TicketFiles;

/// <summary>What the orchestrator's receive check needs beyond the tickets: its identity, secret, chain view and the params groups.</summary>
public sealed record ReceiveContext(
    EthAddress Recipient,
    byte[] Secret,
    long LastSeenL1Block,
    long LastInitializedRound,
    long SenderWithdrawRound,
    IReadOnlyList<TicketGroup> Groups);
