using System.Numerics;
using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;
using DomainExpirationParams = Livepeer.Protocol.Tickets.TicketExpirationParams;
using DomainTicketParams = Livepeer.Protocol.Tickets.TicketParams;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// Between the protobuf ticket messages (pm-protocol.md §6.3–6.5) and the ticket model. Numbers go
/// on the wire as minimal big-endian bytes (0 = absent field); decoding checks every length and
/// names the offending field.
/// </summary>
public static class TicketParamsWire
{
    /// <summary>The wire form of ticket params: fields 1–6, and 7 when <paramref name="includeExpirationParams"/>.</summary>
    public static TicketParams ToWire(DomainTicketParams ticketParams, bool includeExpirationParams = true)
    {
        ArgumentNullException.ThrowIfNull(ticketParams);
        var wire = new TicketParams
        {
            Recipient = ByteString.CopyFrom(ticketParams.Recipient.ToBytes()),
            FaceValue = MinBytes(ticketParams.FaceValue),
            WinProb = MinBytes(ticketParams.WinProb),
            RecipientRandHash = ByteString.CopyFrom(ticketParams.RecipientRandHash.ToArray()),
            Seed = MinBytes(ticketParams.Seed),
            ExpirationBlock = MinBytes(ticketParams.ExpirationBlock),
        };
        if (includeExpirationParams && ticketParams.ExpirationParams is { } expiration)
        {
            wire.ExpirationParams = ToWire(expiration);
        }
        return wire;
    }

    public static TicketExpirationParams ToWire(DomainExpirationParams expirationParams)
    {
        ArgumentNullException.ThrowIfNull(expirationParams);
        return new TicketExpirationParams
        {
            CreationRound = expirationParams.CreationRound,
            CreationRoundBlockHash = expirationParams.CreationRoundBlockHash.IsZero
                ? ByteString.Empty
                : ByteString.CopyFrom(expirationParams.CreationRoundBlockHash.ToArray()),
        };
    }

    /// <summary>
    /// Ticket params from the wire, priced at <paramref name="pricePerPixel"/> (the price that came
    /// with them). <paramref name="path"/> prefixes field names in errors.
    /// </summary>
    public static DomainTicketParams FromWire(TicketParams? wire, BigRational pricePerPixel, string path = "ticket_params")
    {
        if (wire is null)
        {
            throw WireFormatException.ForField(path, "missing");
        }
        return new DomainTicketParams(
            Address(wire.Recipient, $"{path}.recipient"),
            UInt256(wire.FaceValue, $"{path}.face_value"),
            UInt256(wire.WinProb, $"{path}.win_prob"),
            Hash(wire.RecipientRandHash, $"{path}.recipient_rand_hash", allowEmpty: false),
            UInt256(wire.Seed, $"{path}.seed"),
            UInt256(wire.ExpirationBlock, $"{path}.expiration_block"),
            pricePerPixel,
            wire.ExpirationParams is null ? null : FromWire(wire.ExpirationParams, $"{path}.expiration_params"));
    }

    public static DomainExpirationParams FromWire(TicketExpirationParams? wire, string path = "expiration_params")
    {
        if (wire is null)
        {
            throw WireFormatException.ForField(path, "missing");
        }
        // An absent block hash is the zero hash, as go-ethereum's BytesToHash makes it.
        return new DomainExpirationParams(wire.CreationRound, Hash(wire.CreationRoundBlockHash, $"{path}.creation_round_block_hash", allowEmpty: true));
    }

    internal static EthAddress Address(ByteString bytes, string field) =>
        bytes.Length == EthAddress.Length
            ? new EthAddress(bytes.Span)
            : throw WireFormatException.ForField(field, $"expected {EthAddress.Length} bytes, got {bytes.Length}");

    internal static Hash32 Hash(ByteString bytes, string field, bool allowEmpty)
    {
        if (bytes.Length == Hash32.Length)
        {
            return new Hash32(bytes.Span);
        }
        if (allowEmpty && bytes.IsEmpty)
        {
            return Hash32.Zero;
        }
        throw WireFormatException.ForField(field, $"expected {Hash32.Length} bytes, got {bytes.Length}");
    }

    internal static BigInteger UInt256(ByteString bytes, string field) =>
        bytes.Length <= 32
            ? BigEndian.FromBytes(bytes.Span)
            : throw WireFormatException.ForField(field, $"expected at most 32 bytes (uint256), got {bytes.Length}");

    private static ByteString MinBytes(BigInteger value) => value.IsZero ? ByteString.Empty : ByteString.CopyFrom(BigEndian.MinBytes(value));
}
