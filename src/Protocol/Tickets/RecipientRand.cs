using System.Numerics;
using System.Security.Cryptography;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// The recipient's secret per-params random number and its public commitment (pm-protocol.md §2.5):
/// recipientRand = HMAC-SHA256(secret, minbytes(seed) ‖ sender ‖ minbytes(faceValue) ‖
/// minbytes(winProb) ‖ minbytes(expirationBlock) ‖ minbytes(price.num) ‖ minbytes(price.den) ‖ auxData),
/// recipientRandHash = keccak(pad32(recipientRand)). The HMAC binds every advertised term to the
/// commitment, so a sender that alters any of them fails the recipientRandHash check.
/// </summary>
public static class RecipientRand
{
    // Seeds and numbers from the wire are bounded by the header size, but the common case fits here.
    private const int StackMessageLimit = 512;

    public static Hash32 Compute(ReadOnlySpan<byte> secret, TicketParams ticketParams, EthAddress sender, TicketExpirationParams? expirationParams)
    {
        ArgumentNullException.ThrowIfNull(ticketParams);
        return Compute(secret, ticketParams.Seed, sender, ticketParams.FaceValue, ticketParams.WinProb, ticketParams.ExpirationBlock, ticketParams.PricePerPixel, expirationParams);
    }

    public static Hash32 Compute(
        ReadOnlySpan<byte> secret,
        BigInteger seed,
        EthAddress sender,
        BigInteger faceValue,
        BigInteger winProb,
        BigInteger expirationBlock,
        BigRational pricePerPixel,
        TicketExpirationParams? expirationParams)
    {
        if (secret.IsEmpty)
        {
            throw new ArgumentException("the recipient secret is empty", nameof(secret));
        }
        int length = MessageLength(seed, faceValue, winProb, expirationBlock, pricePerPixel, expirationParams);
        Span<byte> message = length <= StackMessageLimit ? stackalloc byte[StackMessageLimit] : new byte[length];
        WriteMessage(message, seed, sender, faceValue, winProb, expirationBlock, pricePerPixel, expirationParams);
        Span<byte> mac = stackalloc byte[Hash32.Length];
        HMACSHA256.HashData(secret, message[..length], mac);
        return new Hash32(mac);
    }

    /// <summary>The HMAC input, for inspection and tests.</summary>
    public static byte[] Message(
        BigInteger seed,
        EthAddress sender,
        BigInteger faceValue,
        BigInteger winProb,
        BigInteger expirationBlock,
        BigRational pricePerPixel,
        TicketExpirationParams? expirationParams)
    {
        var message = new byte[MessageLength(seed, faceValue, winProb, expirationBlock, pricePerPixel, expirationParams)];
        WriteMessage(message, seed, sender, faceValue, winProb, expirationBlock, pricePerPixel, expirationParams);
        return message;
    }

    /// <summary>recipientRandHash = keccak(pad32(recipientRand)).</summary>
    public static Hash32 HashOf(Hash32 recipientRand)
    {
        Span<byte> word = stackalloc byte[Hash32.Length];
        recipientRand.CopyTo(word);
        return Hash32.Keccak(word);
    }

    private static int MessageLength(
        BigInteger seed, BigInteger faceValue, BigInteger winProb, BigInteger expirationBlock, BigRational price, TicketExpirationParams? expirationParams) =>
        MinLength(seed) + EthAddress.Length + MinLength(faceValue) + MinLength(winProb) + MinLength(expirationBlock)
        + MinLength(price.Numerator) + MinLength(price.Denominator)
        + (expirationParams is { HasAuxData: true } ? TicketExpirationParams.AuxDataLength : 0);

    private static void WriteMessage(
        Span<byte> message,
        BigInteger seed,
        EthAddress sender,
        BigInteger faceValue,
        BigInteger winProb,
        BigInteger expirationBlock,
        BigRational price,
        TicketExpirationParams? expirationParams)
    {
        int at = WriteMin(seed, message);
        sender.CopyTo(message[at..]);
        at += EthAddress.Length;
        at += WriteMin(faceValue, message[at..]);
        at += WriteMin(winProb, message[at..]);
        at += WriteMin(expirationBlock, message[at..]);
        at += WriteMin(price.Numerator, message[at..]);
        at += WriteMin(price.Denominator, message[at..]);
        expirationParams?.WriteAuxData(message[at..]);
    }

    // Go big.Int.Bytes(): magnitude, no leading zeros, nothing for zero.
    private static int MinLength(BigInteger value) => value.IsZero ? 0 : BigInteger.Abs(value).GetByteCount(isUnsigned: true);

    private static int WriteMin(BigInteger value, Span<byte> destination)
    {
        if (value.IsZero)
        {
            return 0;
        }
        BigInteger.Abs(value).TryWriteBytes(destination, out int written, isUnsigned: true, isBigEndian: true);
        return written;
    }
}
