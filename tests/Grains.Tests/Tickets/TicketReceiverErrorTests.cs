using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tests.Tickets;

/// <summary>pm-protocol.md §3.5: each refusal with its text and class, through the receiver grain.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TicketReceiverErrorTests(ClusterFixture fixture)
{
    private const long TicketEV = 1_000_000;

    [Fact]
    public async Task Replayed_payment_is_refused_as_already_seen_and_not_credited_again()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        var header = Payments.Header(Payments.Sign(quote, sender, firstNonce: 1, count: 3));
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address));

        var first = await receiver.ReceivePayment(header, "s1");
        var replay = await receiver.ReceivePayment(header, "s1");

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(quote.TicketParams.ExpectedValue * new BigRational(3), first.Credited);
        Assert.Equal(PmErrors.NonceAlreadySeen(sender.Address, 1), replay.Error);
        Assert.StartsWith("invalid ticket senderNonce: already seen sender=0x", replay.Error);
        Assert.False(replay.IsFatal);
        Assert.Equal(BigRational.Zero, replay.Credited);
        Assert.Equal([1u, 2u, 3u], replay.TicketErrors.Select(e => e.SenderNonce));
        Assert.All(replay.TicketErrors, e => Assert.False(e.IsFatal));
        Assert.Equal(first.Balance, replay.Balance);
    }

    [Fact]
    public async Task Payment_for_another_orchestrator_is_a_fatal_wrong_recipient()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var (_, other) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        var header = Payments.Header(Payments.Sign(quote, sender, firstNonce: 1, count: 2));

        var receipt = await fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(other, sender.Address)).ReceivePayment(header, "s1");

        Assert.Equal("invalid ticket recipient", receipt.Error);
        Assert.True(receipt.IsFatal);
        Assert.Equal(0, receipt.CreditedCount);
        var error = Assert.Single(receipt.TicketErrors);
        Assert.Equal(new TicketError(1, PmErrors.InvalidTicketRecipient, IsFatal: true), error);
    }

    [Fact]
    public async Task Bad_signature_is_non_fatal_and_stops_crediting_later_tickets()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        var batch = Payments.Sign(quote, sender, firstNonce: 1, count: 3);
        var forged = (byte[])batch.SenderParams[1].Signature.Clone();
        forged[10] ^= 0x01;
        batch = batch with { SenderParams = [batch.SenderParams[0], new TicketSenderParams(2, forged), batch.SenderParams[2]] };

        var receipt = await fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address))
            .ReceivePayment(Payments.Header(batch), "s1");

        Assert.Equal("invalid ticket signature", receipt.Error);
        Assert.False(receipt.IsFatal);
        // Ticket 1 credited; ticket 3 passes its checks but comes after the error, which is sticky.
        Assert.Equal(1, receipt.CreditedCount);
        Assert.Equal(quote.TicketParams.ExpectedValue, receipt.Credited);
        Assert.Equal(new TicketError(2, PmErrors.InvalidTicketSignature, IsFatal: false), Assert.Single(receipt.TicketErrors));
    }

    [Fact]
    public async Task Tickets_on_expired_params_are_refused_as_expired()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        await fixture.MineAsync(PmConstants.ParamsExpirationBlocks);

        var receipt = await fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address))
            .ReceivePayment(Payments.Header(Payments.Sign(quote, sender, firstNonce: 1, count: 2)), "s1");

        Assert.Equal("TicketParams expired", receipt.Error);
        Assert.False(receipt.IsFatal);
        Assert.Equal(BigRational.Zero, receipt.Credited);
        Assert.Equal(
            [new TicketError(1, PmErrors.TicketParamsExpired, false), new TicketError(2, PmErrors.TicketParamsExpired, false)],
            receipt.TicketErrors);
    }

    [Fact]
    public async Task The_601st_nonce_for_one_recipientRand_is_too_many()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address));

        var first = await receiver.ReceivePayment(Payments.Header(Payments.Sign(quote, sender, firstNonce: 1, count: 600)), "s1");
        var over = await receiver.ReceivePayment(Payments.Header(Payments.Sign(quote, sender, firstNonce: 601, count: 1)), "s1");

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(600, first.CreditedCount);
        Assert.Equal(PmErrors.TooManyNonces(sender.Address, 601), over.Error);
        Assert.StartsWith("invalid ticket senderNonce: too many values sender=0x", over.Error);
        Assert.EndsWith(" nonce=601", over.Error);
        Assert.False(over.IsFatal);
        Assert.Equal(0, over.CreditedCount);
    }

    [Fact]
    public async Task Payment_to_an_inactive_recipient_is_refused_with_the_round()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        fixture.Chain.RegisterTranscoder(address, stake: 1_000, active: false);

        var receipt = await fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address))
            .ReceivePayment(Payments.Header(Payments.Sign(quote, sender, firstNonce: 1, count: 1)), "s1");

        Assert.Equal($"orchestrator {address} is inactive in round {fixture.Chain.CurrentRound}, cannot process payments", receipt.Error);
        Assert.True(receipt.IsFatal);
    }

    [Fact]
    public async Task Undecodable_header_and_missing_expected_price_are_refused_with_their_layer()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(TicketEV, maxFaceValue: 0);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(address, sender.Address));
        var payment = Livepeer.Protocol.Rpc.PaymentWire.FromTicketBatch(Payments.Sign(quote, sender, 1, 1));
        payment.ExpectedPrice = null;

        var garbled = await receiver.ReceivePayment("not base64!", "s1");
        var noPrice = await receiver.ReceivePayment(Livepeer.Protocol.Rpc.PaymentWire.ToHeader(payment), "s1");

        Assert.StartsWith("base64 decode error", garbled.Error);
        Assert.True(garbled.IsFatal);
        Assert.Equal("invalid expected price sent with payment err=field expected_price: missing", noPrice.Error);
        Assert.True(noPrice.IsFatal);
    }
}
