using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Senders;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Persistence;
using Livepeer.Grains.Signing;
using Livepeer.Protocol.Auth;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Logging;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// The gateway's side of a paid session with one orchestrator (pm-protocol.md §10). The balance is
/// reserved for the length of a call and settled by how the call ended; it is stored after every
/// call (the write runs on after the answer and the next call waits for it), and a crash mid-call or
/// before that write leaves the stored balance as it was before (the Staged outcome).
/// </summary>
[GrainType("livepeer.orchestratorsession")]
public sealed partial class OrchestratorSessionGrain(
    [PersistentState("session")] IPersistentState<OrchestratorSessionState> state,
    ILivepeerChain chain,
    ITicketSigner signer,
    IOrchestratorTransport transport,
    TimeProvider clock,
    ILogger<OrchestratorSessionGrain> logger) : Grain, IOrchestratorSessionGrain
{
    private OrchestratorQuote? _quote;
    private Task _saving = Task.CompletedTask;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _quote = state.State.Quote?.ToQuote();
        return Task.CompletedTask;
    }

    public async Task<SessionOpenResult> Open(SessionOpenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SavedAsync();
        if (state.State.IsOpen)
        {
            return StateText.Address(state.State.Orchestrator) == request.Orchestrator
                ? new SessionOpenResult(null, Snapshot())
                : new SessionOpenResult($"session {this.GetPrimaryKeyString()} is bound to orchestrator {StateText.Address(state.State.Orchestrator)}", Snapshot());
        }
        if (request.Model is not null && request.Capability is null)
        {
            return new SessionOpenResult($"model '{request.Model}' was asked for without a capability", Snapshot());
        }
        var endpoint = new OrchestratorEndpoint(request.Orchestrator, request.ServiceUri ?? "");
        var result = await transport.GetOrchestratorInfoAsync(endpoint, new QuoteRequest(signer.Address, null, request.Capability, request.Model));
        if (result.Quote is not { } quote)
        {
            return new SessionOpenResult(result.Error ?? "the orchestrator sent no OrchestratorInfo", Snapshot());
        }
        if (QuoteProblem(quote) is { } problem)
        {
            return new SessionOpenResult(problem, Snapshot());
        }
        state.State.IsOpen = true;
        state.State.Orchestrator = StateText.Of(request.Orchestrator);
        state.State.ServiceUri = endpoint.ServiceUri;
        state.State.Capability = request.Capability;
        state.State.Model = request.Model;
        state.State.InitialPrice = StateText.Of(quote.PricePerPixel);
        Adopt(quote);
        await state.WriteStateAsync();
        LogOpened(this.GetPrimaryKeyString(), request.Orchestrator.ToString(), quote.PricePerPixel.ToString(), quote.SessionId);
        return new SessionOpenResult(null, Snapshot());
    }

    public async Task<PaidCallResult> PayAndCall(WorkOrder work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.Units.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(work), work.Units, "work units must not be negative");
        }
        using var span = PushTracing.Start(PushTracing.SessionPayAndCall);
        using (PushTracing.Start(PushTracing.SessionWrite))
        {
            await SavedAsync();
        }
        var balance = new SessionBalance(StateText.Rational(state.State.Balance));
        if (!state.State.IsOpen || _quote is null)
        {
            return NotSent($"session {this.GetPrimaryKeyString()} is not open", balance.Current);
        }
        ChainTime time;
        using (PushTracing.Start(PushTracing.SessionRound))
        {
            time = await GrainFactory.GetGrain<IRoundGrain>(chain.ChainId).Get();
        }
        if (!time.IsKnown)
        {
            return NotSent(GrainErrors.ChainTimeUnknown, balance.Current);
        }
        var endpoint = new OrchestratorEndpoint(StateText.Address(state.State.Orchestrator), state.State.ServiceUri);
        if (NeedsRefresh(_quote, time))
        {
            var refreshed = await transport.GetOrchestratorInfoAsync(endpoint, new QuoteRequest(signer.Address, _quote.SessionId, state.State.Capability, state.State.Model));
            if (refreshed.Quote is not { } fresh)
            {
                return NotSent(refreshed.Error ?? "the orchestrator sent no OrchestratorInfo", balance.Current);
            }
            if (QuoteProblem(fresh) is { } problem)
            {
                return NotSent(problem, balance.Current);
            }
            Adopt(fresh);
            // A remote orchestrator's refresh is a new session (a new auth token): its balance starts over.
            balance = new SessionBalance(StateText.Rational(state.State.Balance));
        }
        var quote = _quote;
        var price = quote.PricePerPixel;
        var initialPrice = StateText.Rational(state.State.InitialPrice);
        if (price > initialPrice * new BigRational(2))
        {
            return NotSent($"Orchestrator price has more than doubled, Orchestrator price: {price}, Orchestrator initial price: {initialPrice}", balance.Current);
        }

        var fee = work.Kind == WorkKind.Video ? TranscodingFee.Estimate(work.Units, price) : AiUnits.Fee(work.Units, price);
        var update = balance.Stage(fee, quote.TicketParams.ExpectedValue);
        var expectedPrice = price.ToPriceInfo(quote.PriceCapability ?? 0, quote.PriceModel ?? "");
        Payment payment;
        if (update.NumTickets > 0)
        {
            TicketReservation reservation;
            using (PushTracing.Start(PushTracing.SessionReserve))
            {
                reservation = await GrainFactory.GetGrain<ISenderGrain>(StateText.Of(signer.Address)).ReserveTickets(quote.TicketParams, update.NumTickets);
            }
            if (!reservation.Succeeded)
            {
                // Nothing left the gateway: the stored balance was never reserved.
                return NotSent(reservation.Error!, StateText.Rational(state.State.Balance));
            }
            using (PushTracing.Start(PushTracing.SessionSign))
            {
                var batch = signer.SignTickets(quote.TicketParams, reservation.ExpirationParams!, reservation.FirstNonce, update.NumTickets);
                payment = PaymentWire.FromTicketBatch(batch, expectedPrice);
            }
        }
        else
        {
            payment = PaymentWire.WithoutTickets(signer.Address, price);
            payment.ExpectedPrice = expectedPrice;
        }

        var call = new PaidCall(signer.Address, PaymentWire.ToHeader(payment), quote.SessionId, work, state.State.Capability, state.State.Model, quote);
        PaidCallResponse response;
        try
        {
            using var calling = PushTracing.Start(PushTracing.SessionTransport);
            response = await transport.PayAndCallAsync(endpoint, call);
        }
        catch (Exception e)
        {
            LogNoResponse(e, this.GetPrimaryKeyString(), endpoint.Orchestrator.ToString());
            response = new PaidCallResponse(PaidCallStatus.NoResponse, $"no response from orchestrator {endpoint.Orchestrator}: {e.Message}", null, 0, null);
        }

        var (outcome, debit) = response.Status switch
        {
            PaidCallStatus.Completed => (BalanceUpdateStatus.ReceivedChange, new BigRational(response.ChargedUnits) * price),
            PaidCallStatus.Rejected => (BalanceUpdateStatus.CreditSpent, BigRational.Zero),
            _ => (BalanceUpdateStatus.Staged, BigRational.Zero),
        };
        balance.Complete(update, outcome, debit);
        if (response.Status == PaidCallStatus.Completed && response.Receipt is { Succeeded: true } receipt)
        {
            // The orchestrator's credit after this call (its receipt: credit after payment, less the work).
            // More than ours means an earlier call was paid and credited there while its outcome never came
            // back here (no answer, or this grain's silo died mid-call: the Staged outcome). Taking the higher
            // figure only spends credit the gateway has already paid for; a lower one is never taken.
            var held = receipt.Balance - debit;
            if (held > balance.Current)
            {
                LogCreditReconciled(this.GetPrimaryKeyString(), balance.Current.ToString(), held.ToString());
                balance.Credit(held - balance.Current);
            }
        }
        state.State.Balance = StateText.Of(balance.Current);
        state.State.Calls++;
        state.State.TicketsSent += update.NumTickets;
        if (response.RefreshedQuote is { } next && QuoteProblem(next) is null)
        {
            Adopt(next);
        }
        // Stored after the answer: a crash before the write leaves the balance as it was before the call, the outcome
        // the session already accepts for a crash mid-call (the nonces of the tickets sent come from the sender
        // grain's stored block, unique across params, so none is used twice). The next call, Open and deactivation wait for it.
        _saving = state.WriteStateAsync();
        return new PaidCallResult(
            response.Status,
            response.Error,
            update.NumTickets,
            fee,
            response.Status == PaidCallStatus.Completed ? response.ChargedUnits : 0,
            balance.Current,
            response.Receipt,
            response.Status == PaidCallStatus.Completed ? response.Output : null,
            response.Status == PaidCallStatus.Rejected && response.BadInput);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => SavedAsync();

    /// <summary>Waits for the previous call's state write; a failed one fails this call, and the next write carries its changes.</summary>
    private Task SavedAsync()
    {
        var saving = _saving;
        _saving = Task.CompletedTask;
        return saving;
    }

    public Task<BigRational> GetBalance() => Task.FromResult(StateText.Rational(state.State.Balance));

    public Task<SessionSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    private static string? QuoteProblem(OrchestratorQuote quote) =>
        PriceInfoConversion.ValidateAdvertised(quote.PricePerPixel.ToPriceInfo(quote.PriceCapability ?? 0, quote.PriceModel ?? ""));

    // New params are needed once the sender rules would refuse these as expired, or the auth token is
    // in its last tenth (pm-protocol.md §8.2).
    private bool NeedsRefresh(OrchestratorQuote quote, ChainTime time) =>
        quote.TicketParams.ExpirationBlock - time.LastL1Block <= PmConstants.ParamsExpiryBuffer
        || clock.GetUtcNow() > DateTimeOffset.FromUnixTimeSeconds(quote.AuthExpiration) - AuthTokens.RefreshWindow;

    private void Adopt(OrchestratorQuote quote)
    {
        if (_quote is not null && quote.SessionId != _quote.SessionId && state.State.Capability is null)
        {
            // For transcoding the orchestrator keys its balance by session id (go-livepeer does too): a new id has
            // none yet, so neither has this session; keeping ours would spend credit the orchestrator does not know
            // of. AI balances are keyed by capability and model, which a new session keeps.
            LogNewOrchestratorSession(this.GetPrimaryKeyString(), _quote.SessionId, quote.SessionId, state.State.Balance);
            state.State.Balance = StateText.Of(BigRational.Zero);
        }
        _quote = quote;
        state.State.Quote = QuoteState.From(quote);
    }

    private PaidCallResult NotSent(string error, BigRational balance) => new(PaidCallStatus.NotSent, error, 0, BigRational.Zero, 0, balance, null);

    private SessionSnapshot Snapshot() => new(
        state.State.IsOpen,
        state.State.Orchestrator.Length == 0 ? EthAddress.Zero : StateText.Address(state.State.Orchestrator),
        _quote?.SessionId,
        StateText.Rational(state.State.Balance),
        StateText.Rational(state.State.InitialPrice),
        _quote?.PricePerPixel ?? BigRational.Zero,
        _quote?.TicketParams,
        state.State.Calls,
        state.State.TicketsSent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {Session} opened with {Orchestrator} at {Price} wei/unit (orchestrator session {AuthSession})")]
    private partial void LogOpened(string session, string orchestrator, string price, string authSession);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {Session}: credit {Ours} raised to the orchestrator's {Theirs} (an earlier paid call's outcome was lost)")]
    private partial void LogCreditReconciled(string session, string ours, string theirs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {Session}: orchestrator session {OldSession} replaced by {NewSession}; balance {Balance} left with the old one")]
    private partial void LogNewOrchestratorSession(string session, string oldSession, string newSession, string balance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {Session}: no response from {Orchestrator}; new tickets forgotten, reserved balance restored")]
    private partial void LogNoResponse(Exception exception, string session, string orchestrator);
}
