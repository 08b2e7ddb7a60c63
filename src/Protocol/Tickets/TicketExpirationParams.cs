using System.Buffers.Binary;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// The round a ticket was created in and that round's L1 block hash. They form the ticket's
/// auxData (pm-protocol.md §2.2), which the contract needs to check the ticket has not expired.
/// </summary>
public sealed record TicketExpirationParams(long CreationRound, Hash32 CreationRoundBlockHash)
{
    public const int AuxDataLength = 64;

    public static readonly TicketExpirationParams None = new(0, Hash32.Zero);

    /// <summary>auxData is empty only when both the round and the hash are zero.</summary>
    public bool HasAuxData => CreationRound != 0 || !CreationRoundBlockHash.IsZero;

    /// <summary>Writes pad32(creationRound) ‖ creationRoundBlockHash, or nothing; returns 0 or 64.</summary>
    public int WriteAuxData(Span<byte> destination)
    {
        if (!HasAuxData)
        {
            return 0;
        }
        if (destination.Length < AuxDataLength)
        {
            throw new ArgumentException("auxData needs 64 bytes", nameof(destination));
        }
        destination[..24].Clear();
        // Go pads big.NewInt(round).Bytes(), the magnitude, so a negative round loses its sign.
        ulong magnitude = CreationRound < 0 ? unchecked((ulong)-CreationRound) : (ulong)CreationRound;
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..32], magnitude);
        CreationRoundBlockHash.CopyTo(destination[32..64]);
        return AuxDataLength;
    }

    public byte[] AuxData()
    {
        var aux = new byte[HasAuxData ? AuxDataLength : 0];
        WriteAuxData(aux);
        return aux;
    }
}
