using Livepeer.Protocol.Payments;

namespace Livepeer.Silo.Tests.DevChain;

/// <summary>A ticket as the gateway sent it (with the recipientRand the orchestrator checks it against) and whether it won.</summary>
public sealed record SentTicket(WinningTicket Ticket, bool Won);
