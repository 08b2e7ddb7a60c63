using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Tickets;

/// <summary>
/// Several tickets that share one set of params: exactly what a protobuf Payment carries
/// (pm-protocol.md §2.1, §6.6). <see cref="ExpirationParams"/> is the pair actually hashed into the
/// tickets (Payment.expiration_params); <see cref="TicketParams.ExpirationParams"/> of
/// <see cref="Params"/> is ignored by the recipient. <see cref="TicketParams.PricePerPixel"/> of
/// <see cref="Params"/> is the payment's expected price.
/// </summary>
public sealed record TicketBatch(
    TicketParams Params,
    EthAddress Sender,
    TicketExpirationParams ExpirationParams,
    IReadOnlyList<TicketSenderParams> SenderParams)
{
    public TicketParams Params { get; init => field = value ?? throw new ArgumentNullException(nameof(Params)); } =
        Params ?? throw new ArgumentNullException(nameof(Params));

    public TicketExpirationParams ExpirationParams { get; init => field = value ?? throw new ArgumentNullException(nameof(ExpirationParams)); } =
        ExpirationParams ?? throw new ArgumentNullException(nameof(ExpirationParams));

    public IReadOnlyList<TicketSenderParams> SenderParams { get; init => field = value ?? throw new ArgumentNullException(nameof(SenderParams)); } =
        SenderParams ?? throw new ArgumentNullException(nameof(SenderParams));

    public int Count => SenderParams.Count;

    /// <summary>EV of each ticket of the batch (they all share faceValue and winProb).</summary>
    public BigRational ExpectedValuePerTicket => Params.ExpectedValue;

    /// <summary>The full ticket at <paramref name="index"/> (allocates; the receiver does not use this).</summary>
    public Ticket TicketAt(int index) => Ticket.Create(Params, Sender, ExpirationParams, SenderParams[index].SenderNonce);

    /// <summary>
    /// Signs <paramref name="count"/> tickets with nonces <paramref name="firstNonce"/>,
    /// firstNonce + 1, … (uint32, wrapping as Go's counter does) under one set of params.
    /// </summary>
    public static TicketBatch Sign(TicketParams ticketParams, TicketExpirationParams expirationParams, EthKey senderKey, uint firstNonce, int count)
    {
        ArgumentNullException.ThrowIfNull(ticketParams);
        ArgumentNullException.ThrowIfNull(expirationParams);
        ArgumentNullException.ThrowIfNull(senderKey);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Span<byte> flat = stackalloc byte[TicketEncoding.FlatLength];
        int length = TicketEncoding.WriteFlat(
            flat, ticketParams.Recipient, senderKey.Address, ticketParams.FaceValue, ticketParams.WinProb, firstNonce,
            ticketParams.RecipientRandHash, expirationParams);
        Span<byte> hash = stackalloc byte[Hash32.Length];
        var senderParams = new TicketSenderParams[count];
        for (int i = 0; i < count; i++)
        {
            uint nonce = unchecked(firstNonce + (uint)i);
            TicketEncoding.WriteNonce(flat, nonce);
            Keccak256.Hash(flat[..length], hash);
            senderParams[i] = new TicketSenderParams(nonce, senderKey.SignPersonal(hash));
        }
        return new TicketBatch(ticketParams, senderKey.Address, expirationParams, senderParams);
    }
}
