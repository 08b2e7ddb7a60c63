namespace Livepeer.Protocol.Tickets;

/// <summary>The per-ticket part of a payment: the sender's nonce and its 65-byte signature r‖s‖v.</summary>
public sealed record TicketSenderParams(uint SenderNonce, byte[] Signature)
{
    public byte[] Signature { get; init => field = value ?? throw new ArgumentNullException(nameof(Signature)); } =
        Signature ?? throw new ArgumentNullException(nameof(Signature));
}
