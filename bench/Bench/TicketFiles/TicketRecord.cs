using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.TicketFiles;

/// <summary>One ticket of a tickets.bin: its flat encoding, signature, recipientRand and expected signer.</summary>
public sealed record TicketRecord(byte[] Flat, byte[] Signature, Hash32 RecipientRand, EthAddress Signer);
