using System.Buffers.Binary;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.TicketFiles;

/// <summary>
/// Turns a tickets.bin back into the payments an orchestrator would receive: each group's params are
/// rebuilt from its first ticket's flat encoding (recipient, faceValue, winProb, recipientRandHash,
/// auxData) plus the group's seed, expiration block and price; each ticket contributes its nonce and
/// signature. Nothing is taken on trust: the receive check re-derives everything it compares.
/// </summary>
public static class TicketFilePayments
{
    private const int NonceWordOffset = 104;
    private const int NonceOffset = NonceWordOffset + 28;
    private const int AuxOffset = TicketEncoding.FlatLengthWithoutAuxData;

    /// <param name="path">the file's name, for error messages</param>
    /// <param name="contents">the file as read</param>
    /// <param name="ticketsPerPayment">payment size to use instead of each group's own</param>
    public static IReadOnlyList<FilePayment> Build(string path, TicketFileContents contents, int? ticketsPerPayment = null)
    {
        ArgumentNullException.ThrowIfNull(contents);
        if (ticketsPerPayment is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ticketsPerPayment), ticketsPerPayment, "a payment holds at least one ticket");
        }
        var context = contents.Context
            ?? throw new InvalidDataException($"{path}: no receive-context section after the tickets; regenerate it with `generate-tickets`");
        var tickets = contents.Tickets;
        var payments = new List<FilePayment>();
        int next = 0;
        for (int g = 0; g < context.Groups.Count; g++)
        {
            var group = context.Groups[g];
            if (group.FirstTicket != next || group.Count <= 0 || (long)group.FirstTicket + group.Count > tickets.Count)
            {
                throw new InvalidDataException(
                    $"{path}: group {g} covers tickets {group.FirstTicket}..{(long)group.FirstTicket + group.Count - 1}; groups must cover tickets 0..{tickets.Count - 1} in order");
            }
            var first = tickets[group.FirstTicket];
            var (sender, ticketParams, expiration) = ParamsOf(path, group, first.Flat);
            for (int i = group.FirstTicket; i < group.FirstTicket + group.Count; i++)
            {
                if (tickets[i].Flat.AsSpan(NonceWordOffset, 28).ContainsAnyExcept((byte)0))
                {
                    throw new InvalidDataException($"{path}: ticket {i} has a nonce above 2^32-1");
                }
                if (!SameExceptNonce(first.Flat, tickets[i].Flat))
                {
                    throw new InvalidDataException($"{path}: ticket {i} differs from ticket {group.FirstTicket}, the first of its group, in more than the nonce");
                }
                if (tickets[i].RecipientRand != first.RecipientRand)
                {
                    throw new InvalidDataException($"{path}: tickets {group.FirstTicket} and {i} are in one group but have different recipientRands");
                }
            }
            int perPayment = ticketsPerPayment ?? group.TicketsPerPayment;
            for (int start = group.FirstTicket; start < group.FirstTicket + group.Count; start += perPayment)
            {
                int count = Math.Min(perPayment, group.FirstTicket + group.Count - start);
                var senderParams = new TicketSenderParams[count];
                for (int i = 0; i < count; i++)
                {
                    var ticket = tickets[start + i];
                    senderParams[i] = new TicketSenderParams(BinaryPrimitives.ReadUInt32BigEndian(ticket.Flat.AsSpan(NonceOffset, 4)), ticket.Signature);
                }
                payments.Add(new FilePayment(new TicketBatch(ticketParams, sender, expiration, senderParams), start, first.RecipientRand));
            }
            next = group.FirstTicket + group.Count;
        }
        if (next != tickets.Count)
        {
            throw new InvalidDataException($"{path}: the groups cover {next} of {tickets.Count} tickets");
        }
        return payments;
    }

    private static (EthAddress Sender, TicketParams Params, TicketExpirationParams Expiration) ParamsOf(string path, TicketGroup group, byte[] flat)
    {
        var expiration = TicketExpirationParams.None;
        if (flat.Length == TicketEncoding.FlatLength)
        {
            var aux = flat.AsSpan(AuxOffset);
            ulong round = BinaryPrimitives.ReadUInt64BigEndian(aux[24..32]);
            if (aux[..24].ContainsAnyExcept((byte)0) || round > long.MaxValue)
            {
                throw new InvalidDataException($"{path}: ticket {group.FirstTicket} has a creation round too large for a round number");
            }
            expiration = new TicketExpirationParams((long)round, new Hash32(aux[32..64]));
        }
        var ticketParams = new TicketParams(
            new EthAddress(flat.AsSpan(0, 20)),
            BigEndian.FromBytes(flat.AsSpan(40, 32)),
            BigEndian.FromBytes(flat.AsSpan(72, 32)),
            new Hash32(flat.AsSpan(136, 32)),
            group.Seed,
            group.ExpirationBlock,
            group.PricePerPixel,
            expiration);
        return (new EthAddress(flat.AsSpan(20, 20)), ticketParams, expiration);
    }

    private static bool SameExceptNonce(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.Length == b.Length && a[..NonceWordOffset].SequenceEqual(b[..NonceWordOffset]) && a[(NonceWordOffset + 32)..].SequenceEqual(b[(NonceWordOffset + 32)..]);
}
