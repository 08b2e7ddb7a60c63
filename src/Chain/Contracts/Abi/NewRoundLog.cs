using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>A NewRound log: <c>Round</c> was initialized and its block hash recorded (the one tickets must carry).</summary>
public sealed record NewRoundLog(long Round, Hash32 BlockHash);
