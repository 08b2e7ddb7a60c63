using Livepeer.Protocol.Numerics;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Tickets;

/// <summary>
/// One orchestrator's ticket receiving for one sender (key: <see cref="TicketReceiverKey"/>): seen
/// nonces per recipientRand until their params expire, credit per session (exact), the sender's
/// funds view. Winners go to the orchestrator's redemption queue.
/// </summary>
[Alias("livepeer.ITicketReceiverGrain")]
public interface ITicketReceiverGrain : IGrainWithStringKey
{
    /// <summary>
    /// Processes a Livepeer-Payment header value (base64 protobuf Payment) for the session
    /// <paramref name="sessionKey"/>: the checks of pm-protocol.md §3.6 and §3.5 in order, then credit.
    /// Nonces and credit are stored, and winners handed to the redemption queue, before it returns.
    /// </summary>
    [Alias("ReceivePayment")]
    Task<PaymentReceipt> ReceivePayment(string paymentHeader, string sessionKey);

    /// <summary>
    /// As <see cref="ReceivePayment"/>, but returns once the payment is checked and credited while its write runs on,
    /// for a caller that runs paid work before it answers the payer. Every later call of this grain but the
    /// in-memory checks (<see cref="SufficientBalance"/>, <see cref="GetFixedPrice"/>) waits for that write, the
    /// debit after the work among them, so the payer still hears of nothing storage does not have; a caller that
    /// answers without a debit waits for <see cref="Stored"/> first.
    /// </summary>
    [Alias("ReceivePaymentBesideWork")]
    Task<PaymentReceipt> ReceivePaymentBesideWork(string paymentHeader, string sessionKey);

    /// <summary>Completes once every payment received so far is stored; fails with the write's error when one failed.</summary>
    [Alias("Stored")]
    Task Stored();

    /// <summary>Takes <paramref name="amount"/> (the cost of work done) off the session's balance, which may go negative; returns the new balance.</summary>
    [Alias("Debit")]
    Task<BigRational> Debit(string sessionKey, BigRational amount);

    /// <summary>The session's stored balance (waits for a payment's write under way).</summary>
    [ReadOnly, Alias("GetBalance")]
    Task<BigRational> GetBalance(string sessionKey);

    /// <summary>Whether the session's balance covers the orchestrator's ticket EV (checked before work, §10.3).</summary>
    [ReadOnly, Alias("SufficientBalance")]
    Task<bool> SufficientBalance(string sessionKey);

    /// <summary>The price fixed for the session by its first payment; null before that.</summary>
    [ReadOnly, Alias("GetFixedPrice")]
    Task<BigRational?> GetFixedPrice(string sessionKey);

    /// <summary>The sender's funds as this orchestrator sees them, read from the chain when missing or stale.</summary>
    [Alias("GetSenderFloat")]
    Task<SenderFloatView> GetSenderFloat();

    /// <summary>Reads the sender's funds from the chain now.</summary>
    [Alias("RefreshSender")]
    Task<SenderFloatView> RefreshSender();
}
