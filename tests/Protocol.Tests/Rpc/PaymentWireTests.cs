using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Rpc;

public sealed class PaymentWireTests
{
    private static Payment Vector() => PaymentWire.ParseHeader(SpecPaymentVector.PaymentBase64);

    [Fact]
    public void Signing_the_spec_params_with_the_ticket_api_gives_the_spec_payment()
    {
        var ticketParams = new Livepeer.Protocol.Tickets.TicketParams(
            EthAddress.Parse(SpecPaymentVector.Recipient),
            SpecPaymentVector.FaceValue,
            SpecPaymentVector.WinProb,
            Hash32.Parse(SpecPaymentVector.RecipientRandHash),
            BigEndian.FromBytes(Convert.FromHexString(SpecPaymentVector.Seed)),
            SpecPaymentVector.ExpirationBlock,
            BigRational.One,
            null);
        var expiration = new Livepeer.Protocol.Tickets.TicketExpirationParams(SpecPaymentVector.CreationRound, Hash32.Parse(SpecPaymentVector.CreationRoundBlockHash));
        var batch = TicketBatch.Sign(ticketParams, expiration, EthKey.FromHex(SpecPaymentVector.SenderKeyHex), 1, 1);

        var payment = PaymentWire.FromTicketBatch(batch);
        Assert.Equal(SpecPaymentVector.PaymentHex, Convert.ToHexStringLower(payment.ToByteArray()));
        Assert.Equal(SpecPaymentVector.PaymentBase64, PaymentWire.ToHeader(payment));
    }

    [Fact]
    public void Decoded_spec_payment_gives_the_spec_ticket()
    {
        var batch = PaymentWire.ToTicketBatch(Vector());
        Assert.NotNull(batch);
        Assert.Equal(1, batch.Count);
        var ticket = batch.TicketAt(0);
        Assert.Equal(SpecPaymentVector.TicketHash1, ticket.Hash().ToHex());
        Assert.True(ticket.IsSignedBySender(batch.SenderParams[0].Signature));
        Assert.False(ticket.IsWinning(batch.SenderParams[0].Signature, Hash32.Parse(SpecPaymentVector.RecipientRand)));
        Assert.Equal(BigRational.One, batch.Params.PricePerPixel);
        Assert.Null(batch.Params.ExpirationParams);
        Assert.Equal(10, batch.ExpirationParams.CreationRound);
    }

    [Fact]
    public void Expected_price_can_be_echoed_verbatim()
    {
        var batch = PaymentWire.ToTicketBatch(Vector())!;
        var offered = new PriceInfo { PricePerUnit = 2, PixelsPerUnit = 2, Capability = 27, Constraint = "m" };
        Assert.Equal(offered, PaymentWire.FromTicketBatch(batch, offered).ExpectedPrice);
    }

    [Fact]
    public void Zero_ticket_payment_has_no_batch()
    {
        var payment = PaymentWire.WithoutTickets(EthAddress.Parse(SpecPaymentVector.Sender), BigRational.One);
        Assert.Null(PaymentWire.ToTicketBatch(payment));
        Assert.Equal(EthAddress.Parse(SpecPaymentVector.Sender), PaymentWire.Sender(payment));
    }

    public static TheoryData<string, string> BrokenFields() => new()
    {
        { "recipient3", "field ticket_params.recipient: expected 20 bytes, got 3" },
        { "sender0", "field sender: expected 20 bytes, got 0" },
        { "noExpiration", "field expiration_params: missing (required when ticket_params is present)" },
        { "randHash31", "field ticket_params.recipient_rand_hash: expected 32 bytes, got 31" },
        { "faceValue33", "field ticket_params.face_value: expected at most 32 bytes (uint256), got 33" },
        { "blockHash5", "field expiration_params.creation_round_block_hash: expected 32 bytes, got 5" },
        { "noParams", "field ticket_params: missing while the payment has 1 ticket(s)" },
        { "noPrice", "field expected_price: missing" },
        { "zeroPixels", "field expected_price.pixelsPerUnit: must not be 0" },
    };

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public void Broken_fields_are_named(string breakage, string message)
    {
        var p = Vector();
        switch (breakage)
        {
            case "recipient3": p.TicketParams.Recipient = ByteString.CopyFrom(1, 2, 3); break;
            case "sender0": p.Sender = ByteString.Empty; break;
            case "noExpiration": p.ExpirationParams = null; break;
            case "randHash31": p.TicketParams.RecipientRandHash = ByteString.CopyFrom(new byte[31]); break;
            case "faceValue33": p.TicketParams.FaceValue = ByteString.CopyFrom(new byte[33]); break;
            case "blockHash5": p.ExpirationParams.CreationRoundBlockHash = ByteString.CopyFrom(new byte[5]); break;
            case "noParams": p.TicketParams = null; break;
            case "noPrice": p.ExpectedPrice = null; break;
            case "zeroPixels": p.ExpectedPrice.PixelsPerUnit = 0; break;
            default: throw new ArgumentException(breakage);
        }
        var e = Assert.Throws<WireFormatException>(() => PaymentWire.ToTicketBatch(p));
        Assert.Equal(WireLayer.Field, e.Layer);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Header_layers_are_named()
    {
        var base64 = Assert.Throws<WireFormatException>(() => PaymentWire.ParseHeader("not base64!"));
        Assert.Equal(WireLayer.Base64, base64.Layer);
        Assert.StartsWith("base64 decode error", base64.Message);

        var protobuf = Assert.Throws<WireFormatException>(() => PaymentWire.ParseHeader(Convert.ToBase64String([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])));
        Assert.Equal(WireLayer.Protobuf, protobuf.Layer);
        Assert.StartsWith("protobuf unmarshal error", protobuf.Message);
    }

    [Fact]
    public void Ticket_params_round_trip_through_the_wire_form()
    {
        var batch = PaymentWire.ToTicketBatch(Vector())!;
        var withExpiry = batch.Params with { ExpirationParams = batch.ExpirationParams };
        var wire = TicketParamsWire.ToWire(withExpiry);
        Assert.Equal(withExpiry, TicketParamsWire.FromWire(wire, BigRational.One));
        Assert.Equal(batch.Params, TicketParamsWire.FromWire(TicketParamsWire.ToWire(batch.Params), BigRational.One));
        Assert.Null(TicketParamsWire.ToWire(withExpiry, includeExpirationParams: false).ExpirationParams);
    }
}
