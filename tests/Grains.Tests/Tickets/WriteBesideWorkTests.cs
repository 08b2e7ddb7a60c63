using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Grains.Tickets;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Tests.Tickets;

/// <summary>
/// <see cref="ITicketReceiverGrain.ReceivePaymentBesideWork"/>: the accepted tickets are written while the work
/// runs, and nothing that answers the payer (the debit, a stored balance) gets past that write.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class WriteBesideWorkTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_payment_received_beside_the_work_returns_before_its_write_and_the_debit_waits_for_it()
    {
        var (receiver, key, header) = await PaymentAsync();
        using var gate = fixture.Storage.Hold(receiver.GetGrainId());

        var receipt = await receiver.ReceivePaymentBesideWork(header, "s1").WaitAsync(Patience);
        await gate.FirstArrival.WaitAsync(Patience);
        var debit = receiver.Debit("s1", new BigRational(100));
        var stored = receiver.Stored();
        await Task.Delay(300);
        bool debitedWhileHeld = debit.IsCompleted || stored.IsCompleted;
        // The debit changes nothing until the payment's write is through: no second write reaches the gate.
        int writesWhileHeld = gate.Waiting;
        gate.Open();
        var balance = await debit.WaitAsync(Patience);
        await stored.WaitAsync(Patience);
        var state = await fixture.ReadStateAsync<TicketReceiverState>("livepeer.ticketreceiver", key, "receiver");

        Assert.False(debitedWhileHeld, "the debit (or Stored) returned while the payment's write was held");
        Assert.Equal(1, writesWhileHeld);
        Assert.True(receipt.Succeeded, receipt.Error);
        Assert.Equal(5, receipt.CreditedCount);
        Assert.Equal(receipt.Balance - new BigRational(100), balance);
        Assert.Equal(balance, BigRational.Parse(state.Sessions["s1"].Balance));
    }

    [Fact]
    public async Task ReceivePayment_returns_only_once_its_write_landed()
    {
        var (receiver, _, header) = await PaymentAsync();
        using var gate = fixture.Storage.Hold(receiver.GetGrainId());

        var receiving = receiver.ReceivePayment(header, "s1");
        await gate.FirstArrival.WaitAsync(Patience);
        await Task.Delay(300);
        bool answeredWhileHeld = receiving.IsCompleted;
        gate.Open();
        var receipt = await receiving.WaitAsync(Patience);

        Assert.False(answeredWhileHeld, "ReceivePayment answered while its write was held");
        Assert.Equal(5, receipt.CreditedCount);
    }

    [Fact]
    public async Task A_write_that_fails_beside_the_work_fails_the_debit_and_leaves_the_payment_unacknowledged()
    {
        var (receiver, _, header) = await PaymentAsync();
        var gate = fixture.Storage.Hold(receiver.GetGrainId());

        var receipt = await receiver.ReceivePaymentBesideWork(header, "s1").WaitAsync(Patience);
        await gate.FirstArrival.WaitAsync(Patience);
        gate.Fail(new IOException("storage outage (test)"));
        var failure = await Record.ExceptionAsync(() => receiver.Debit("s1", new BigRational(100)).WaitAsync(Patience));

        // The activation went with the write: the next one reads storage, which never had that payment.
        var balance = await receiver.GetBalance("s1");
        var again = await receiver.ReceivePayment(header, "s1");

        Assert.Equal(5, receipt.CreditedCount);
        Assert.NotNull(failure);
        Assert.Contains("storage outage (test)", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(BigRational.Zero, balance);
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(5, again.CreditedCount);
        Assert.Equal(receipt.Balance, await receiver.GetBalance("s1"));
    }

    private async Task<(ITicketReceiverGrain Receiver, string Key, string Header)> PaymentAsync()
    {
        var (orchestrator, address) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 2_000_000);
        var sender = fixture.NewSender();
        var quote = await Payments.QuoteAsync(orchestrator, sender.Address);
        var key = TicketReceiverKey.Format(address, sender.Address);
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(key);
        // Active (its state read) before a test holds its writes.
        Assert.Equal(BigRational.Zero, await receiver.GetBalance("s1"));
        return (receiver, key, Payments.Header(Payments.Sign(quote, sender, firstNonce: 1, count: 5)));
    }
}
