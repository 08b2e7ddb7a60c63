using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// One probabilistic-micropayment ticket (pm-protocol.md §2.1). <see cref="ParamsExpirationBlock"/>
/// and <see cref="PricePerPixel"/> are not part of the hash; they reach the recipient only through
/// the recipientRand HMAC.
/// </summary>
public sealed record Ticket(
    EthAddress Recipient,
    EthAddress Sender,
    BigInteger FaceValue,
    BigInteger WinProb,
    uint SenderNonce,
    Hash32 RecipientRandHash,
    long CreationRound,
    Hash32 CreationRoundBlockHash,
    BigInteger ParamsExpirationBlock,
    BigRational PricePerPixel)
{
    public BigInteger FaceValue { get; init => field = UInt256.Require(value, nameof(FaceValue)); } = UInt256.Require(FaceValue, nameof(FaceValue));

    public BigInteger WinProb { get; init => field = UInt256.Require(value, nameof(WinProb)); } = UInt256.Require(WinProb, nameof(WinProb));

    public BigInteger ParamsExpirationBlock { get; init => field = UInt256.RequireNonNegative(value, nameof(ParamsExpirationBlock)); } =
        UInt256.RequireNonNegative(ParamsExpirationBlock, nameof(ParamsExpirationBlock));

    /// <summary>The ticket a sender makes from recipient params, its expiration params and a nonce.</summary>
    public static Ticket Create(TicketParams ticketParams, EthAddress sender, TicketExpirationParams expirationParams, uint senderNonce)
    {
        ArgumentNullException.ThrowIfNull(ticketParams);
        ArgumentNullException.ThrowIfNull(expirationParams);
        return new Ticket(
            ticketParams.Recipient,
            sender,
            ticketParams.FaceValue,
            ticketParams.WinProb,
            senderNonce,
            ticketParams.RecipientRandHash,
            expirationParams.CreationRound,
            expirationParams.CreationRoundBlockHash,
            ticketParams.ExpirationBlock,
            ticketParams.PricePerPixel);
    }

    public TicketExpirationParams ExpirationParams => new(CreationRound, CreationRoundBlockHash);

    /// <summary>faceValue × winProb / (2^256 − 1), exact.</summary>
    public BigRational ExpectedValue => TicketMath.ExpectedValue(FaceValue, WinProb);

    public byte[] AuxData() => ExpirationParams.AuxData();

    /// <summary>Writes the 168- or 232-byte packed encoding; returns its length.</summary>
    public int WriteFlat(Span<byte> destination) =>
        TicketEncoding.WriteFlat(destination, Recipient, Sender, FaceValue, WinProb, SenderNonce, RecipientRandHash, ExpirationParams);

    public byte[] Flatten()
    {
        Span<byte> flat = stackalloc byte[TicketEncoding.FlatLength];
        int length = WriteFlat(flat);
        return flat[..length].ToArray();
    }

    /// <summary>keccak of the packed encoding; what the sender signs and the contract marks as used.</summary>
    public Hash32 Hash()
    {
        Span<byte> flat = stackalloc byte[TicketEncoding.FlatLength];
        int length = WriteFlat(flat);
        return Hash32.Keccak(flat[..length]);
    }

    /// <summary>The sender's signature: personal_sign over the ticket hash (go-livepeer Eth.Sign).</summary>
    public byte[] Sign(EthKey senderKey)
    {
        ArgumentNullException.ThrowIfNull(senderKey);
        Span<byte> hash = stackalloc byte[Hash32.Length];
        Hash().CopyTo(hash);
        return senderKey.SignPersonal(hash);
    }

    /// <summary>Who signed this ticket, or why the signature is unusable.</summary>
    public SignatureCheck RecoverSigner(ReadOnlySpan<byte> signature)
    {
        Span<byte> hash = stackalloc byte[Hash32.Length];
        Hash().CopyTo(hash);
        return SignatureVerifier.RecoverPersonal(hash, signature);
    }

    public bool IsSignedBySender(ReadOnlySpan<byte> signature)
    {
        var check = RecoverSigner(signature);
        return check.IsValid && check.Signer == Sender;
    }

    /// <summary>The win test for this ticket's winProb (the recipient knows recipientRand; the sender does not).</summary>
    public bool IsWinning(ReadOnlySpan<byte> signature, Hash32 recipientRand) => TicketMath.IsWinning(signature, recipientRand, WinProb);
}
