namespace Livepeer.Bench.TicketFiles;

/// <summary>A whole tickets.bin. <see cref="Context"/> is null for files written before the receive-context section existed.</summary>
public sealed record TicketFileContents(IReadOnlyList<TicketRecord> Tickets, ReceiveContext? Context);
