using System.Buffers.Binary;
using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// The packed ticket encoding hashed for signing, identical to the TicketBroker's getTicketHash
/// (pm-protocol.md §2.3): recipient(20) ‖ sender(20) ‖ pad32(faceValue) ‖ pad32(winProb) ‖
/// pad32(senderNonce) ‖ recipientRandHash(32) ‖ auxData(0 or 64).
/// </summary>
public static class TicketEncoding
{
    public const int FlatLengthWithoutAuxData = 168;
    public const int FlatLength = FlatLengthWithoutAuxData + TicketExpirationParams.AuxDataLength;

    private const int SenderOffset = 20;
    private const int FaceValueOffset = 40;
    private const int WinProbOffset = 72;
    private const int NonceOffset = 104;
    private const int RecipientRandHashOffset = 136;

    /// <summary>Writes the encoding into <paramref name="destination"/> (at least 232 bytes); returns 168 or 232.</summary>
    public static int WriteFlat(
        Span<byte> destination,
        EthAddress recipient,
        EthAddress sender,
        BigInteger faceValue,
        BigInteger winProb,
        uint senderNonce,
        Hash32 recipientRandHash,
        TicketExpirationParams? expirationParams)
    {
        if (destination.Length < FlatLength)
        {
            throw new ArgumentException($"the ticket encoding needs {FlatLength} bytes", nameof(destination));
        }
        recipient.CopyTo(destination);
        sender.CopyTo(destination[SenderOffset..]);
        BigEndian.WritePad32(UInt256.Require(faceValue, nameof(faceValue)), destination[FaceValueOffset..]);
        BigEndian.WritePad32(UInt256.Require(winProb, nameof(winProb)), destination[WinProbOffset..]);
        WriteNonce(destination, senderNonce);
        recipientRandHash.CopyTo(destination[RecipientRandHashOffset..]);
        int aux = expirationParams?.WriteAuxData(destination[FlatLengthWithoutAuxData..]) ?? 0;
        return FlatLengthWithoutAuxData + aux;
    }

    /// <summary>Rewrites only the nonce word, so a batch re-hashes one template per ticket.</summary>
    public static void WriteNonce(Span<byte> flat, uint senderNonce)
    {
        flat.Slice(NonceOffset, 28).Clear();
        BinaryPrimitives.WriteUInt32BigEndian(flat[(NonceOffset + 28)..], senderNonce);
    }

    public static Hash32 Hash(ReadOnlySpan<byte> flat) => Hash32.Keccak(flat);
}
