using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Rpc;

// pm-protocol.md §12.2: the 270-byte Payment and its Livepeer-Payment header value.
public sealed class PaymentVectorTests
{
    [Fact]
    public void Built_payment_serialises_to_the_spec_bytes_and_header()
    {
        var payment = SpecPaymentVector.Build(Convert.FromHexString(SpecPaymentVector.Sig1));
        var bytes = payment.ToByteArray();
        Assert.Equal(270, bytes.Length);
        Assert.Equal(SpecPaymentVector.PaymentHex, Convert.ToHexStringLower(bytes));
        Assert.Equal(SpecPaymentVector.PaymentBase64, Convert.ToBase64String(bytes));
    }

    [Fact]
    public void Ticket_signature_in_the_vector_is_the_deterministic_signature_of_the_ticket_hash()
    {
        var key = EthKey.FromHex(SpecPaymentVector.SenderKeyHex);
        var sig = key.SignPersonal(Convert.FromHexString(SpecPaymentVector.TicketHash1));
        Assert.Equal(SpecPaymentVector.Sig1, Convert.ToHexStringLower(sig));
    }

    [Fact]
    public void Header_decodes_back_to_the_same_payment()
    {
        var decoded = Payment.Parser.ParseFrom(Convert.FromBase64String(SpecPaymentVector.PaymentBase64));
        Assert.Equal(SpecPaymentVector.Build(Convert.FromHexString(SpecPaymentVector.Sig1)), decoded);
        Assert.Equal(SpecPaymentVector.Sender, new EthAddress(decoded.Sender.Span).ToString());
        Assert.Equal(SpecPaymentVector.Recipient, new EthAddress(decoded.TicketParams.Recipient.Span).ToString());
        Assert.Equal("05f5e100", Convert.ToHexStringLower(decoded.TicketParams.FaceValue.Span));
        Assert.Equal("29", Convert.ToHexStringLower(decoded.TicketParams.ExpirationBlock.Span));
        Assert.Null(decoded.TicketParams.ExpirationParams);
        Assert.Equal(10, decoded.ExpirationParams.CreationRound);
        var ticket = Assert.Single(decoded.TicketSenderParams);
        Assert.Equal(1u, ticket.SenderNonce);
        Assert.Equal(SpecPaymentVector.Sig1, Convert.ToHexStringLower(ticket.Sig.Span));
        Assert.Equal(1, decoded.ExpectedPrice.PricePerUnit);
        Assert.Equal(1, decoded.ExpectedPrice.PixelsPerUnit);
    }

    [Fact]
    public void Zero_ticket_payment_carries_only_sender_and_price()
    {
        var payment = new Payment
        {
            Sender = SpecPaymentVector.Build([]).Sender,
            ExpectedPrice = new PriceInfo { PricePerUnit = 1, PixelsPerUnit = 1 },
        };
        // 0x12 len 20 sender, 0x2a len 4 {08 01 10 01}
        Assert.Equal("121496216849c49358b10257cb55b28ea603c874b05e2a0408011001", Convert.ToHexStringLower(payment.ToByteArray()));
    }
}
