using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// Reaches orchestrators run by this cluster through their grains, with the same
/// <see cref="OrchestratorRequestProcessor"/> the wire endpoints use: payment, balance check, work,
/// debit, fresh params (pm-protocol.md §9.3).
/// </summary>
public sealed class InClusterOrchestratorTransport(OrchestratorRequestProcessor processor) : IOrchestratorTransport
{
    public const string InsufficientBalance = OrchestratorRequestProcessor.InsufficientBalance;

    public Task<QuoteResult> GetOrchestratorInfoAsync(OrchestratorEndpoint endpoint, QuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return processor.QuoteAsync(endpoint.Orchestrator, request);
    }

    public async Task<PaidCallResponse> PayAndCallAsync(OrchestratorEndpoint endpoint, PaidCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(call);
        PaymentAcceptance payment;
        using (PushTracing.Start(PushTracing.OrchestratorAcceptPayment))
        {
            // The accepted tickets are written beside the work; the debit after it waits for that write.
            payment = await processor.AcceptPaymentBesideWorkAsync(endpoint.Orchestrator, call.Sender, call.PaymentHeader, call.SessionId);
        }
        if (!payment.Accepted)
        {
            return new PaidCallResponse(PaidCallStatus.Rejected, payment.Error, payment.Receipt, 0, null);
        }
        // The next quote depends on nothing the work changes (the session's price is fixed by this payment, the
        // sender's funds and pending redemptions are read by the quote itself), so it is asked for beside the work:
        // its grain calls are done by the time the work ends instead of adding to the answer.
        var quoting = processor.QuoteAsync(endpoint.Orchestrator, new QuoteRequest(call.Sender, call.SessionId, call.Capability, call.Model));
        PaidWorkResult run;
        using (PushTracing.Start(PushTracing.OrchestratorRun))
        {
            run = await processor.RunAsync(endpoint.Orchestrator, call.Sender, call.SessionId, call.Work, payment.Price);
        }
        if (!run.Succeeded)
        {
            // A refused job gets no fresh quote (as before); its failure, if any, is observed here and dropped.
            _ = quoting.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return new PaidCallResponse(PaidCallStatus.Rejected, run.Error, payment.Receipt, 0, null, BadInput: run.IsBadInput);
        }
        var output = run.Output!;
        QuoteResult refreshed;
        using (PushTracing.Start(PushTracing.OrchestratorQuote))
        {
            refreshed = await quoting;
        }
        return new PaidCallResponse(PaidCallStatus.Completed, null, payment.Receipt, output.Units, refreshed.Quote, output);
    }
}
