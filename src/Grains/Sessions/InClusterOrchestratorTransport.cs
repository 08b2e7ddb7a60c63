using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Sessions;

/// <summary>
/// Reaches orchestrators run by this cluster through their grains, in the order an orchestrator
/// handles /segment (pm-protocol.md §9.3): payment, balance check, work, debit, fresh params.
/// </summary>
public sealed class InClusterOrchestratorTransport(IGrainFactory grains, IWorkRunner worker) : IOrchestratorTransport
{
    public const string InsufficientBalance = "Insufficient balance";

    public Task<QuoteResult> GetOrchestratorInfoAsync(OrchestratorEndpoint endpoint, QuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return Orchestrator(endpoint).GetOrchestratorInfo(request);
    }

    public async Task<PaidCallResponse> PayAndCallAsync(OrchestratorEndpoint endpoint, PaidCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(call);
        var receiver = grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(endpoint.Orchestrator, call.Sender));
        var receipt = await receiver.ReceivePayment(call.PaymentHeader, call.SessionId);
        if (!receipt.Succeeded)
        {
            return new PaidCallResponse(PaidCallStatus.Rejected, receipt.Error, receipt, 0, null);
        }
        var price = receipt.FixedPrice ?? BigRational.Zero;
        if (price.Sign > 0 && !await receiver.SufficientBalance(call.SessionId))
        {
            return new PaidCallResponse(PaidCallStatus.Rejected, InsufficientBalance, receipt, 0, null);
        }
        WorkOutput output;
        try
        {
            output = await worker.RunAsync(endpoint.Orchestrator, call.Work, cancellationToken);
        }
        catch (WorkRejectedException e)
        {
            // The orchestrator answers with the job's error and debits nothing; the gateway's credit is spent.
            return new PaidCallResponse(PaidCallStatus.Rejected, e.Message, receipt, 0, null, BadInput: e.IsBadInput);
        }
        await receiver.Debit(call.SessionId, new BigRational(output.Units) * price);
        var refreshed = await Orchestrator(endpoint).GetOrchestratorInfo(new QuoteRequest(call.Sender, call.SessionId, call.Capability, call.Model));
        return new PaidCallResponse(PaidCallStatus.Completed, null, receipt, output.Units, refreshed.Quote, output);
    }

    private IOrchestratorGrain Orchestrator(OrchestratorEndpoint endpoint) =>
        grains.GetGrain<IOrchestratorGrain>(StateText.Of(endpoint.Orchestrator));
}
