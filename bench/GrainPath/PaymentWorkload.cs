using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Bench.GrainPath;

/// <summary>Signed payments prepared before timing: per sender, batches of tickets on fresh params each.</summary>
internal sealed record PaymentWorkload(EthKey Sender, IReadOnlyList<(TicketBatch Batch, string Header)> Payments)
{
    public static async Task<PaymentWorkload> CreateAsync(IOrchestratorGrain orchestrator, EthKey sender, int batches, int ticketsPerBatch)
    {
        var payments = new List<(TicketBatch, string)>(batches);
        for (int i = 0; i < batches; i++)
        {
            var quote = await orchestrator.GetOrchestratorInfo(new QuoteRequest(sender.Address, null, null, null));
            if (quote.Quote is null)
            {
                throw new InvalidOperationException("orchestrator refused to quote: " + quote.Error);
            }
            var batch = TicketBatch.Sign(quote.Quote.TicketParams, quote.Quote.TicketParams.ExpirationParams!, sender, 1, ticketsPerBatch);
            payments.Add((batch, PaymentWire.ToHeader(PaymentWire.FromTicketBatch(batch))));
        }
        return new PaymentWorkload(sender, payments);
    }
}
