using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>
/// The orchestrator's handling of a paid request, shared by the in-cluster transport and the wire
/// endpoints so both follow pm-protocol.md §9.3 the same way: take the payment (ticket checks and
/// credit, §3.6), require a balance covering the ticket EV when the work is priced (§10.3), run the
/// work and debit what it produced, and quote fresh ticket params for the next request.
/// </summary>
public sealed class OrchestratorRequestProcessor(IGrainFactory grains)
{
    public const string InsufficientBalance = "Insufficient balance";

    /// <summary>
    /// Processes the Livepeer-Payment header for <paramref name="sessionKey"/>; with
    /// <paramref name="requireBalance"/> a priced session must then cover the ticket EV.
    /// </summary>
    public async Task<PaymentAcceptance> AcceptPaymentAsync(EthAddress orchestrator, EthAddress sender, string paymentHeader, string sessionKey, bool requireBalance = true)
    {
        ArgumentNullException.ThrowIfNull(paymentHeader);
        ArgumentException.ThrowIfNullOrEmpty(sessionKey);
        var receiver = grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(orchestrator, sender));
        var receipt = await receiver.ReceivePayment(paymentHeader, sessionKey);
        var price = receipt.FixedPrice ?? BigRational.Zero;
        if (!receipt.Succeeded)
        {
            return new PaymentAcceptance(receipt, receipt.Error, price);
        }
        if (requireBalance && price.Sign > 0 && !await receiver.SufficientBalance(sessionKey))
        {
            return new PaymentAcceptance(receipt, InsufficientBalance, price);
        }
        return new PaymentAcceptance(receipt, null, price);
    }

    /// <summary>
    /// As <see cref="AcceptPaymentAsync"/> for a caller that runs the work next (<see cref="RunAsync"/>) and answers
    /// only after it: the accepted tickets are written beside the work and the debit waits for that write. A refusal
    /// is answered at once, so it returns only once what the payment credited is stored.
    /// </summary>
    public async Task<PaymentAcceptance> AcceptPaymentBesideWorkAsync(EthAddress orchestrator, EthAddress sender, string paymentHeader, string sessionKey)
    {
        ArgumentNullException.ThrowIfNull(paymentHeader);
        ArgumentException.ThrowIfNullOrEmpty(sessionKey);
        var receiver = grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(orchestrator, sender));
        var receipt = await receiver.ReceivePaymentBesideWork(paymentHeader, sessionKey);
        var price = receipt.FixedPrice ?? BigRational.Zero;
        string? error = !receipt.Succeeded ? receipt.Error
            : price.Sign > 0 && !await receiver.SufficientBalance(sessionKey) ? InsufficientBalance
            : null;
        if (error is not null)
        {
            await receiver.Stored();
        }
        return new PaymentAcceptance(receipt, error, price);
    }

    /// <summary>Runs the paid work and debits the session by what it produced at <paramref name="price"/>.</summary>
    public Task<PaidWorkResult> RunAsync(EthAddress orchestrator, EthAddress sender, string sessionKey, WorkOrder work, BigRational price)
    {
        ArgumentNullException.ThrowIfNull(work);
        return grains.GetGrain<IPaidWorkGrain>(orchestrator.ToLowerHex()).Run(sender, sessionKey, work, price);
    }

    /// <summary>OrchestratorInfo for <paramref name="request"/>: fresh ticket params, the session's price and auth token.</summary>
    public Task<QuoteResult> QuoteAsync(EthAddress orchestrator, QuoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).GetOrchestratorInfo(request);
    }

    /// <summary>
    /// Checks an auth token the orchestrator issued (present, HMAC, expiry); null when good, otherwise
    /// "missing auth token", "invalid auth token" or "expired auth token".
    /// </summary>
    public Task<string?> CheckAuthTokenAsync(EthAddress orchestrator, string? sessionId, long expiration, byte[]? token) =>
        grains.GetGrain<IOrchestratorGrain>(orchestrator.ToLowerHex()).CheckAuthToken(sessionId, expiration, token);
}
