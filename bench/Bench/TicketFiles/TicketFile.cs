using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.TicketFiles;

/// <summary>
/// Reads and writes tickets.bin (bench/TICKETS-FORMAT.md): the ticket records every verifier reads,
/// then the receive-context section only our full receive check needs. Readers that stop after the
/// records (the C and ethers.js verifiers) never see that section.
/// </summary>
public static class TicketFile
{
    public const int FlatWithoutAux = TicketEncoding.FlatLengthWithoutAuxData;
    public const int FlatWithAux = TicketEncoding.FlatLength;

    private static readonly byte[] Magic = "LPTK"u8.ToArray();
    private static readonly byte[] ContextMagic = "LPRC"u8.ToArray();

    public static void Write(string path, TicketFileContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.ASCII);
        writer.Write(Magic);
        writer.Write((uint)contents.Tickets.Count);
        Span<byte> word = stackalloc byte[Hash32.Length];
        foreach (var ticket in contents.Tickets)
        {
            if (ticket.Flat.Length is not (FlatWithoutAux or FlatWithAux) || ticket.Signature.Length != Secp256k1.SignatureLength)
            {
                throw new ArgumentException($"a ticket record needs a {FlatWithoutAux}- or {FlatWithAux}-byte flat encoding and a 65-byte signature");
            }
            writer.Write((byte)ticket.Flat.Length);
            writer.Write(ticket.Flat);
            writer.Write(ticket.Signature);
            ticket.RecipientRand.CopyTo(word);
            writer.Write(word);
            writer.Write(ticket.Signer.ToBytes());
        }
        if (contents.Context is not { } context)
        {
            return;
        }
        if (context.Secret.Length != Hash32.Length)
        {
            throw new ArgumentException("the recipient secret must be 32 bytes");
        }
        writer.Write(ContextMagic);
        writer.Write(context.Recipient.ToBytes());
        writer.Write(context.Secret);
        writer.Write(context.LastSeenL1Block);
        writer.Write(context.LastInitializedRound);
        writer.Write(context.SenderWithdrawRound);
        writer.Write((uint)context.Groups.Count);
        foreach (var group in context.Groups)
        {
            writer.Write((uint)group.FirstTicket);
            writer.Write((uint)group.Count);
            writer.Write((uint)group.TicketsPerPayment);
            WriteUInt256(writer, group.Seed, word);
            WriteUInt256(writer, group.ExpirationBlock, word);
            WriteUInt256(writer, group.PricePerPixel.Numerator, word);
            WriteUInt256(writer, group.PricePerPixel.Denominator, word);
        }
    }

    /// <summary>Reads a whole file; throws <see cref="InvalidDataException"/> naming the file and what is wrong.</summary>
    public static TicketFileContents Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.ASCII);
        if (!ReadExactly(reader, 4, out var magic) || !magic.AsSpan().SequenceEqual(Magic) || !TryReadUInt32(reader, out uint count))
        {
            throw new InvalidDataException($"{path}: not a ticket file (no LPTK header)");
        }
        if (count > (stream.Length - 8) / (1 + FlatWithoutAux + 65 + 32 + 20))
        {
            throw new InvalidDataException($"{path}: header says {count} tickets, more than the file can hold");
        }
        var tickets = new TicketRecord[count];
        for (int i = 0; i < count; i++)
        {
            int length = stream.ReadByte();
            if (length is not (FlatWithoutAux or FlatWithAux))
            {
                throw new InvalidDataException(length < 0
                    ? $"{path}: truncated at ticket {i}"
                    : $"{path}: ticket {i} has flat length {length}; it must be {FlatWithoutAux} or {FlatWithAux}");
            }
            if (!ReadExactly(reader, length, out var flat) || !ReadExactly(reader, 65, out var signature)
                || !ReadExactly(reader, 32, out var rand) || !ReadExactly(reader, 20, out var signer))
            {
                throw new InvalidDataException($"{path}: truncated at ticket {i}");
            }
            tickets[i] = new TicketRecord(flat, signature, new Hash32(rand), new EthAddress(signer));
        }
        if (stream.Position == stream.Length)
        {
            return new TicketFileContents(tickets, null);
        }
        return new TicketFileContents(tickets, ReadContext(path, reader));
    }

    private static ReceiveContext ReadContext(string path, BinaryReader reader)
    {
        string truncated = $"{path}: the receive-context section after the tickets is truncated";
        if (!ReadExactly(reader, 4, out var magic) || !magic.AsSpan().SequenceEqual(ContextMagic))
        {
            throw new InvalidDataException($"{path}: unexpected bytes after the tickets (expected an LPRC receive-context section)");
        }
        if (!ReadExactly(reader, 20, out var recipient) || !ReadExactly(reader, 32, out var secret)
            || !TryReadInt64(reader, out long lastSeenL1Block) || !TryReadInt64(reader, out long lastInitializedRound)
            || !TryReadInt64(reader, out long withdrawRound) || !TryReadUInt32(reader, out uint groupCount))
        {
            throw new InvalidDataException(truncated);
        }
        if (groupCount > (reader.BaseStream.Length - reader.BaseStream.Position) / (12 + 4 * 32))
        {
            throw new InvalidDataException($"{path}: the receive context says {groupCount} groups, more than the file holds");
        }
        var groups = new TicketGroup[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            if (!TryReadUInt32(reader, out uint first) || !TryReadUInt32(reader, out uint count) || !TryReadUInt32(reader, out uint perPayment)
                || !ReadExactly(reader, 32, out var seed) || !ReadExactly(reader, 32, out var expirationBlock)
                || !ReadExactly(reader, 32, out var priceNumerator) || !ReadExactly(reader, 32, out var priceDenominator))
            {
                throw new InvalidDataException(truncated);
            }
            var denominator = BigEndian.FromBytes(priceDenominator);
            if (denominator.IsZero)
            {
                throw new InvalidDataException($"{path}: group {g} has a price with denominator 0");
            }
            if (first > int.MaxValue || count > int.MaxValue || perPayment is 0 or > int.MaxValue)
            {
                throw new InvalidDataException($"{path}: group {g} has an impossible range (first {first}, count {count}, per payment {perPayment})");
            }
            groups[g] = new TicketGroup(
                (int)first, (int)count, (int)perPayment, BigEndian.FromBytes(seed), BigEndian.FromBytes(expirationBlock),
                new BigRational(BigEndian.FromBytes(priceNumerator), denominator));
        }
        if (reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new InvalidDataException($"{path}: unexpected bytes after the receive-context section");
        }
        return new ReceiveContext(new EthAddress(recipient), secret, lastSeenL1Block, lastInitializedRound, withdrawRound, groups);
    }

    private static void WriteUInt256(BinaryWriter writer, BigInteger value, Span<byte> word)
    {
        BigEndian.WritePad32(value, word);
        writer.Write(word);
    }

    private static bool ReadExactly(BinaryReader reader, int length, out byte[] bytes)
    {
        bytes = reader.ReadBytes(length);
        return bytes.Length == length;
    }

    private static bool TryReadUInt32(BinaryReader reader, out uint value)
    {
        bool ok = ReadExactly(reader, 4, out var bytes);
        value = ok ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : 0;
        return ok;
    }

    private static bool TryReadInt64(BinaryReader reader, out long value)
    {
        bool ok = ReadExactly(reader, 8, out var bytes);
        value = ok ? BinaryPrimitives.ReadInt64LittleEndian(bytes) : 0;
        return ok;
    }
}
