using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Tickets;

/// <summary>
/// Receives one sender's payments for one orchestrator. Never calls the orchestrator grain except
/// for its always-interleaving settings, because the orchestrator calls this grain while quoting.
/// </summary>
[GrainType("livepeer.ticketreceiver")]
public sealed partial class TicketReceiverGrain(
    [PersistentState("receiver")] IPersistentState<TicketReceiverState> state,
    ILivepeerChain chain,
    IOptions<TicketReceiverOptions> options,
    TimeProvider clock,
    ILogger<TicketReceiverGrain> logger) : Grain, ITicketReceiverGrain
{
    private EthAddress _orchestrator;
    private EthAddress _sender;
    private PersistedNonceStore _nonces = null!;
    private ReceiverSettings? _settings;
    private DateTimeOffset _settingsReadAt;
    private (EthAddress Recipient, long Round, bool Active)? _activity;
    private bool _outboxClearedUnsaved;
    private Task _storing = Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_orchestrator, _sender) = TicketReceiverKey.Parse(this.GetPrimaryKeyString());
        _nonces = new PersistedNonceStore(state.State.Nonces);
        PublishCredit();
        await DeliverOutboxAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LivepeerBalances.ForgetReceiver(_orchestrator, _sender);
        try
        {
            await _storing;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged where it failed; what it did not store is not written now either (the next activation reads the
            // stored state, which never acknowledged those payments).
            return;
        }
        if (_outboxClearedUnsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<PaymentReceipt> ReceivePayment(string paymentHeader, string sessionKey)
    {
        var receipt = await ReceiveAsync(paymentHeader, sessionKey, PushTracing.ReceiverWrite);
        await StoredAsync();
        return receipt;
    }

    public Task<PaymentReceipt> ReceivePaymentBesideWork(string paymentHeader, string sessionKey) =>
        ReceiveAsync(paymentHeader, sessionKey, PushTracing.ReceiverWriteBesideWork);

    public Task Stored() => StoredAsync();

    /// <summary>Checks and credits a payment in memory and starts its write (<see cref="_storing"/>); the caller decides whether to wait for it.</summary>
    private async Task<PaymentReceipt> ReceiveAsync(string paymentHeader, string sessionKey, string writeSpan)
    {
        ArgumentNullException.ThrowIfNull(paymentHeader);
        ArgumentException.ThrowIfNullOrEmpty(sessionKey);
        // The state is changed only once the previous payment's write has landed (it may be under way still).
        await StoredAsync();

        Payment payment;
        try
        {
            payment = PaymentWire.ParseHeader(paymentHeader);
        }
        catch (WireFormatException e)
        {
            return Refused(sessionKey, e.Message);
        }
        EthAddress sender;
        try
        {
            sender = PaymentWire.Sender(payment);
        }
        catch (WireFormatException e)
        {
            return Refused(sessionKey, $"Could not find Sender for payment: {e.Message}");
        }
        if (sender != _sender)
        {
            return Refused(sessionKey, $"payment sender {sender} is not the sender {_sender} this receiver is for");
        }

        // §3.6 step 2: no params, no tickets; the session's price is then 0.
        if (payment.TicketParams is null && payment.TicketSenderParams.Count == 0)
        {
            var free = Session(sessionKey);
            free.FixedPrice ??= StateText.Of(BigRational.Zero);
            free.UpdatedAt = clock.GetUtcNow();
            _storing = StoreAsync(writeSpan);
            return Receipt(sessionKey, BigRational.Zero, 0, 0, 0, null, false, []);
        }

        var time = await Round.Get();
        if (!time.IsKnown)
        {
            return Refused(sessionKey, GrainErrors.ChainTimeUnknown);
        }
        var settings = await SettingsAsync();

        // go-livepeer checks the recipient is active before the price (§3.6 steps 3, 4); both need
        // decoded fields here, so a payment that is both malformed and for an inactive recipient
        // reports the decoding problem.
        BigRational expectedPrice;
        try
        {
            expectedPrice = PaymentWire.ExpectedPrice(payment);
        }
        catch (WireFormatException e)
        {
            return Refused(sessionKey, $"invalid expected price sent with payment err={e.Message}");
        }
        TicketBatch batch;
        try
        {
            batch = PaymentWire.ToTicketBatch(payment)!;
        }
        catch (WireFormatException e)
        {
            return Refused(sessionKey, e.Message);
        }
        var recipient = batch.Params.Recipient;
        try
        {
            if (!await IsActiveAsync(recipient, time.CurrentRound))
            {
                CountTickets(0, batch.Count, 0);
                return Refused(sessionKey, $"orchestrator {recipient} is inactive in round {time.CurrentRound}, cannot process payments");
            }
        }
        catch (ChainUnavailableException e)
        {
            return Refused(sessionKey, $"could not check whether orchestrator {recipient} is active in round {time.CurrentRound}: {e.Message}");
        }

        var session = Session(sessionKey);
        session.FixedPrice ??= StateText.Of(expectedPrice);

        TicketReceipt receipt;
        try
        {
            await EnsureSenderInfoAsync(time);
            using var verifying = PushTracing.Start(PushTracing.ReceiverVerify);
            receipt = TicketReceiver.Receive(
                batch, settings.Recipient, settings.Secret, state.State.ToSenderInfo(), time.LastL1Block, time.LastInitializedRound, _nonces);
        }
        catch (ChainUnavailableException e)
        {
            receipt = TicketReceiver.Reject(batch, PmErrors.SenderInfoUnavailable(_sender, e.Message));
        }

        var balance = StateText.Rational(session.Balance) + receipt.Credit;
        session.Balance = StateText.Of(balance);
        session.UpdatedAt = clock.GetUtcNow();
        foreach (var winner in receipt.Winners)
        {
            state.State.Outbox.Add(WinnerState.From(winner));
        }
        if (time.LastL1Block > state.State.PrunedAtBlock)
        {
            _nonces.RemoveExpired(time.LastL1Block);
            state.State.PrunedAtBlock = time.LastL1Block;
        }
        DropIdleSessions(sessionKey);
        CountTickets(receipt.CreditedCount, batch.Count - receipt.CreditedCount, receipt.Winners.Count);

        // Nonces, credit and winners are stored before the payment is acknowledged: a crash from
        // here on can neither credit a replay nor lose a winner. Acknowledged means answered: ReceivePayment
        // waits for the write, ReceivePaymentBesideWork lets it run beside the work, whose debit waits for it.
        _storing = StoreAsync(writeSpan);

        if (receipt.Error is not null)
        {
            LogPaymentError(_orchestrator.ToString(), _sender.ToString(), sessionKey, receipt.Error, receipt.IsFatal);
        }
        var errors = receipt.Outcomes
            .Where(o => o.Error is not null)
            .Select(o => new TicketError(o.SenderNonce, o.Error!, o.IsFatal))
            .ToArray();
        return Receipt(sessionKey, receipt.Credit, batch.Count, receipt.CreditedCount, receipt.Winners.Count, receipt.Error, receipt.IsFatal, errors);
    }

    public async Task<BigRational> Debit(string sessionKey, BigRational amount)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionKey);
        if (amount.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "a debit must not be negative");
        }
        await StoredAsync();
        var session = Session(sessionKey);
        var balance = StateText.Rational(session.Balance) - amount;
        session.Balance = StateText.Of(balance);
        session.UpdatedAt = clock.GetUtcNow();
        await state.WriteStateAsync();
        _outboxClearedUnsaved = false;
        PublishCredit();
        return balance;
    }

    public async Task<BigRational> GetBalance(string sessionKey)
    {
        // A caller may answer with it: only what is stored counts.
        await StoredAsync();
        return Balance(sessionKey);
    }

    // The balance in memory: the orchestrator checks it before work, which is not an answer to the payer.
    public async Task<bool> SufficientBalance(string sessionKey)
    {
        var settings = await SettingsAsync();
        return Balance(sessionKey) >= new BigRational(settings.TicketEV);
    }

    public Task<BigRational?> GetFixedPrice(string sessionKey) =>
        Task.FromResult(state.State.Sessions.TryGetValue(sessionKey, out var session) && session.FixedPrice is { } price
            ? StateText.Rational(price)
            : (BigRational?)null);

    public async Task<SenderFloatView> GetSenderFloat()
    {
        await StoredAsync();
        var time = await Round.Get();
        if (await EnsureSenderInfoAsync(time))
        {
            await state.WriteStateAsync();
            _outboxClearedUnsaved = false;
        }
        return FloatView();
    }

    public async Task<SenderFloatView> RefreshSender()
    {
        await StoredAsync();
        var time = await Round.Get();
        await ReadSenderInfoAsync(time);
        await state.WriteStateAsync();
        _outboxClearedUnsaved = false;
        return FloatView();
    }

    private IRoundGrain Round => GrainFactory.GetGrain<IRoundGrain>(chain.ChainId);

    private BigRational Balance(string sessionKey) =>
        state.State.Sessions.TryGetValue(sessionKey, out var session) ? StateText.Rational(session.Balance) : BigRational.Zero;

    private async Task StoreAsync(string span)
    {
        using (PushTracing.Start(span))
        {
            await state.WriteStateAsync();
        }
        _outboxClearedUnsaved = false;
        PublishCredit();
        await DeliverOutboxAsync();
    }

    /// <summary>
    /// Waits for the last payment's write. One that failed leaves credit and nonces in memory that storage does not
    /// have: the activation goes (the next one reads what is stored, where that payment was never acknowledged) and
    /// this call fails with the write's error.
    /// </summary>
    private async Task StoredAsync()
    {
        var storing = _storing;
        if (storing.IsCompletedSuccessfully)
        {
            return;
        }
        try
        {
            await storing;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(e, _orchestrator.ToString(), _sender.ToString());
            DeactivateOnIdle();
            throw;
        }
    }

    private void CountTickets(int credited, int refused, int won)
    {
        var orchestrator = new KeyValuePair<string, object?>(MetricTags.Orchestrator, _orchestrator.ToLowerHex());
        if (credited > 0)
        {
            LivepeerMetrics.TicketsReceived.Add(credited, orchestrator, new KeyValuePair<string, object?>(MetricTags.Result, MetricTags.Credited));
        }
        if (refused > 0)
        {
            LivepeerMetrics.TicketsReceived.Add(refused, orchestrator, new KeyValuePair<string, object?>(MetricTags.Result, MetricTags.Refused));
        }
        if (won > 0)
        {
            LivepeerMetrics.TicketsWon.Add(won, orchestrator);
        }
    }

    // The gauge shows the stored credit: called after each write that changed it.
    private void PublishCredit()
    {
        var total = BigRational.Zero;
        foreach (var session in state.State.Sessions.Values)
        {
            total += StateText.Rational(session.Balance);
        }
        LivepeerBalances.SetReceiverCredit(_orchestrator, _sender, total);
    }

    private SenderFloatView FloatView() =>
        new(state.State.ToSenderInfo(), StateText.BigInt(state.State.ClaimedByOrchestrator), state.State.SenderInfoRound);

    private SessionCreditState Session(string sessionKey)
    {
        if (!state.State.Sessions.TryGetValue(sessionKey, out var session))
        {
            session = new SessionCreditState { UpdatedAt = clock.GetUtcNow() };
            state.State.Sessions.Add(sessionKey, session);
        }
        return session;
    }

    private void DropIdleSessions(string keep)
    {
        var cutoff = clock.GetUtcNow() - options.Value.SessionIdleTimeout;
        foreach (var (key, session) in state.State.Sessions)
        {
            if (session.UpdatedAt < cutoff && key != keep)
            {
                state.State.Sessions.Remove(key);
            }
        }
    }

    /// <summary>Reads the sender's funds when missing, from an older round, or too many blocks old; true when it read.</summary>
    private async Task<bool> EnsureSenderInfoAsync(ChainTime time)
    {
        var s = state.State;
        bool stale = !s.HasSenderInfo
            || s.SenderInfoRound != time.LastInitializedRound
            || time.LastL1Block - s.SenderInfoBlock > options.Value.SenderInfoMaxAgeBlocks;
        if (!stale)
        {
            return false;
        }
        try
        {
            await ReadSenderInfoAsync(time);
            return true;
        }
        catch (ChainUnavailableException e) when (s.HasSenderInfo)
        {
            // Keep checking tickets against the last known funds; redemption re-checks on chain.
            LogStaleSenderInfo(_orchestrator.ToString(), _sender.ToString(), s.SenderInfoBlock, e.Message);
            return false;
        }
    }

    private async Task ReadSenderInfoAsync(ChainTime time)
    {
        var info = await chain.GetSenderInfoAsync(_sender);
        BigInteger claimed = await chain.GetClaimedReserveAsync(_sender, _orchestrator);
        state.State.SetSenderInfo(info, claimed, time.LastInitializedRound, time.LastL1Block);
    }

    private async Task<bool> IsActiveAsync(EthAddress recipient, long round)
    {
        if (_activity is { } known && known.Recipient == recipient && known.Round == round)
        {
            return known.Active;
        }
        bool active = await chain.IsActiveTranscoderAsync(recipient);
        _activity = (recipient, round, active);
        return active;
    }

    private async Task<ReceiverSettings> SettingsAsync()
    {
        var now = clock.GetUtcNow();
        if (_settings is null || now - _settingsReadAt > options.Value.SettingsRefreshInterval)
        {
            _settings = await GrainFactory.GetGrain<IOrchestratorGrain>(StateText.Of(_orchestrator)).GetReceiverSettings();
            _settingsReadAt = now;
        }
        return _settings;
    }

    // The queue de-duplicates by ticket hash, so handing the same winners over twice (after a crash
    // between the two steps) is harmless; not handing them over is not.
    private async Task DeliverOutboxAsync()
    {
        if (state.State.Outbox.Count == 0)
        {
            return;
        }
        try
        {
            var winners = state.State.Outbox.Select(w => w.ToWinningTicket()).ToArray();
            await GrainFactory.GetGrain<IRedemptionQueueGrain>(StateText.Of(_orchestrator)).Enqueue(winners);
            state.State.Outbox.Clear();
            _outboxClearedUnsaved = true;
        }
        catch (Exception e)
        {
            // Still stored in the outbox; handed over with the next payment or activation.
            LogOutboxDeliveryFailed(e, _orchestrator.ToString(), _sender.ToString(), state.State.Outbox.Count);
        }
    }

    private PaymentReceipt Refused(string sessionKey, string error)
    {
        LogPaymentError(_orchestrator.ToString(), _sender.ToString(), sessionKey, error, true);
        return Receipt(sessionKey, BigRational.Zero, 0, 0, 0, error, true, []);
    }

    private PaymentReceipt Receipt(
        string sessionKey, BigRational credited, int tickets, int creditedCount, int winners, string? error, bool fatal, IReadOnlyList<TicketError> errors)
    {
        state.State.Sessions.TryGetValue(sessionKey, out var session);
        return new PaymentReceipt(
            credited,
            session is null ? BigRational.Zero : StateText.Rational(session.Balance),
            tickets,
            creditedCount,
            winners,
            error,
            fatal,
            errors,
            session?.FixedPrice is { } price ? StateText.Rational(price) : null);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Receiver {Orchestrator}/{Sender}: a payment's write failed; the activation goes and the payment stays unacknowledged")]
    private partial void LogStoreFailed(Exception exception, string orchestrator, string sender);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment from {Sender} to {Orchestrator} (session {Session}) refused: {Error} (fatal {Fatal})")]
    private partial void LogPaymentError(string orchestrator, string sender, string session, string error, bool fatal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiver {Orchestrator}/{Sender}: using sender funds read at block {Block}; chain unavailable: {Reason}")]
    private partial void LogStaleSenderInfo(string orchestrator, string sender, long block, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiver {Orchestrator}/{Sender}: {Count} winners stay in the outbox; redemption queue unreachable")]
    private partial void LogOutboxDeliveryFailed(Exception exception, string orchestrator, string sender, int count);
}
