using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// The exact error texts of go-livepeer's ticket code (pm-protocol.md §3.2, §3.5, §4). Peers and
/// operators match on these strings, so they live in one place. Addresses print EIP-55 (Go's Hex()),
/// EVs with 5 decimals (Go's FloatString(5)).
/// </summary>
public static class PmErrors
{
    // Recipient: issuing params (§3.2).
    public const string InsufficientSenderReserve = "insufficient sender reserve";

    // Recipient: receiving tickets (§3.5).
    public const string InvalidTicketRecipient = "invalid ticket recipient";
    public const string InvalidTicketSender = "invalid ticket sender";
    public const string InvalidRecipientRand = "invalid recipientRand for ticket recipientRandHash";
    public const string InvalidTicketSignature = "invalid ticket signature";

    // Both sides.
    public const string TicketParamsExpired = "TicketParams expired";

    // Sender: validating params (§4).
    public const string TicketParamsNil = "ticketParams is nil";
    public const string ExpirationBlockZero = "ticketParams expiration block is 0";
    public const string OwnDepositUnlocking = "unable to validate sender: deposit and reserve is set to unlock soon";
    public const string NoSenderReserve = "no sender reserve";
    public const string NoSenderDeposit = "no sender deposit";

    public static string SenderInfoUnavailable(EthAddress sender, string reason) => $"could not get sender info for {sender}: {reason}";

    public static string SenderUnlocking(EthAddress sender) => $"deposit and reserve for sender {sender} is set to unlock soon";

    public static string NonceAlreadySeen(EthAddress sender, uint nonce) =>
        string.Create(CultureInfo.InvariantCulture, $"invalid ticket senderNonce: already seen sender={sender} nonce={nonce}");

    public static string TooManyNonces(EthAddress sender, uint nonce) =>
        string.Create(CultureInfo.InvariantCulture, $"invalid ticket senderNonce: too many values sender={sender} nonce={nonce}");

    public static string FaceValueTooLow(BigInteger faceValue) =>
        string.Create(CultureInfo.InvariantCulture, $"ticket faceValue too low faceValue={faceValue}");

    public static string TicketEVTooHigh(BigRational ev, BigRational maxEV) =>
        $"ticket EV {ev.ToDecimalString(5)} > max ticket EV {maxEV.ToDecimalString(5)}";

    public static string TotalEVTooHigh(BigRational totalEV, int tickets, BigRational maxTotalEV) =>
        string.Create(CultureInfo.InvariantCulture, $"total ticket EV {totalEV.ToDecimalString(5)} for {tickets} tickets > max total ticket EV {maxTotalEV.ToDecimalString(5)}");

    public static string FaceValueTooHigh(BigInteger faceValue, BigInteger maxFaceValue) =>
        string.Create(CultureInfo.InvariantCulture, $"ticket faceValue {faceValue} > max faceValue {maxFaceValue}");
}
