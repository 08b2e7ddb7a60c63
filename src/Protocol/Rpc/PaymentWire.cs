using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// The Livepeer-Payment header (pm-protocol.md §6.6, §9.1): standard base64 (with padding) of a
/// protobuf Payment, and its mapping to a <see cref="TicketBatch"/>.
/// </summary>
public static class PaymentWire
{
    /// <summary>Decodes the header value; <see cref="WireFormatException"/> names the base64 or protobuf layer on failure.</summary>
    public static Payment ParseHeader(string headerValue)
    {
        ArgumentNullException.ThrowIfNull(headerValue);
        var bytes = StdBase64.TryDecode(headerValue, out var base64Error)
            ?? throw new WireFormatException(WireLayer.Base64, $"base64 decode error: {base64Error}");
        try
        {
            return Payment.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new WireFormatException(WireLayer.Protobuf, $"protobuf unmarshal error: {e.Message}", inner: e);
        }
    }

    public static string ToHeader(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return Convert.ToBase64String(payment.ToByteArray());
    }

    /// <summary>The payment's sender (field 2, always required).</summary>
    public static EthAddress Sender(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return TicketParamsWire.Address(payment.Sender, "sender");
    }

    /// <summary>The expected price (field 5) as wei per pixel.</summary>
    public static BigRational ExpectedPrice(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (payment.ExpectedPrice is null)
        {
            throw WireFormatException.ForField("expected_price", "missing");
        }
        if (payment.ExpectedPrice.PixelsPerUnit == 0)
        {
            throw WireFormatException.ForField("expected_price.pixelsPerUnit", "must not be 0");
        }
        return payment.ExpectedPrice.ToPricePerPixel();
    }

    /// <summary>
    /// The tickets of <paramref name="payment"/>, with every field checked; null for a payment that
    /// carries no tickets (only sender and price). Throws <see cref="WireFormatException"/> naming the
    /// field otherwise. Signature lengths are left to signature verification.
    /// </summary>
    public static TicketBatch? ToTicketBatch(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var sender = Sender(payment);
        if (payment.TicketParams is null)
        {
            return payment.TicketSenderParams.Count == 0
                ? null
                : throw WireFormatException.ForField("ticket_params", $"missing while the payment has {payment.TicketSenderParams.Count} ticket(s)");
        }
        if (payment.ExpirationParams is null)
        {
            throw WireFormatException.ForField("expiration_params", "missing (required when ticket_params is present)");
        }
        var price = ExpectedPrice(payment);
        var ticketParams = TicketParamsWire.FromWire(payment.TicketParams, price);
        var expiration = TicketParamsWire.FromWire(payment.ExpirationParams);
        var senderParams = payment.TicketSenderParams
            .Select(p => new Tickets.TicketSenderParams(p.SenderNonce, p.Sig.ToByteArray()))
            .ToArray();
        return new TicketBatch(ticketParams, sender, expiration, senderParams);
    }

    /// <summary>
    /// The Payment a gateway sends for <paramref name="batch"/>: ticket params fields 1–6 (not 7),
    /// sender, the hashed expiration params, one entry per ticket and the params' price, or
    /// <paramref name="expectedPrice"/> to echo the orchestrator's PriceInfo exactly (capability, model).
    /// </summary>
    public static Payment FromTicketBatch(TicketBatch batch, PriceInfo? expectedPrice = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var payment = new Payment
        {
            TicketParams = TicketParamsWire.ToWire(batch.Params, includeExpirationParams: false),
            Sender = ByteString.CopyFrom(batch.Sender.ToBytes()),
            ExpirationParams = TicketParamsWire.ToWire(batch.ExpirationParams),
            ExpectedPrice = expectedPrice?.Clone() ?? batch.Params.PricePerPixel.ToPriceInfo(),
        };
        foreach (var ticket in batch.SenderParams)
        {
            payment.TicketSenderParams.Add(new TicketSenderParams { SenderNonce = ticket.SenderNonce, Sig = ByteString.CopyFrom(ticket.Signature) });
        }
        return payment;
    }

    /// <summary>The Payment a gateway sends when it needs no tickets: sender and expected price only.</summary>
    public static Payment WithoutTickets(EthAddress sender, BigRational pricePerPixel) => new()
    {
        Sender = ByteString.CopyFrom(sender.ToBytes()),
        ExpectedPrice = pricePerPixel.ToPriceInfo(),
    };
}
