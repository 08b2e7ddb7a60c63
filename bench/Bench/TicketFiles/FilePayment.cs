using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.TicketFiles;

/// <summary>One payment rebuilt from a tickets.bin: the batch to receive, where its tickets start, and the recipientRand the file claims for them.</summary>
public sealed record FilePayment(TicketBatch Batch, int FirstTicket, Hash32 RecipientRand);
