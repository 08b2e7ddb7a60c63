using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tests.Infrastructure;

/// <summary>Builds Livepeer-Payment headers the way a gateway does, so tests can also build broken ones.</summary>
public static class Payments
{
    /// <summary>Quotes <paramref name="sender"/> at <paramref name="orchestrator"/> and fails the test when it cannot.</summary>
    public static async Task<OrchestratorQuote> QuoteAsync(IOrchestratorGrain orchestrator, EthAddress sender, string? sessionId = null)
    {
        var result = await orchestrator.GetOrchestratorInfo(new QuoteRequest(sender, sessionId, null, null));
        Assert.True(result.Quote is not null, result.Error);
        return result.Quote!;
    }

    public static TicketBatch Sign(OrchestratorQuote quote, EthKey sender, uint firstNonce, int count) =>
        TicketBatch.Sign(quote.TicketParams, quote.TicketParams.ExpirationParams!, sender, firstNonce, count);

    public static string Header(TicketBatch batch) => PaymentWire.ToHeader(PaymentWire.FromTicketBatch(batch));
}
