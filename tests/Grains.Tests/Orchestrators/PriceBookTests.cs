using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Tests.Infrastructure;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Tests.Orchestrators;

[Collection(ClusterCollection.Name)]
public sealed class PriceBookTests(ClusterFixture fixture)
{
    private static PriceEntry Base(long pricePerUnit, long pixelsPerUnit) => new(null, null, null, pricePerUnit, pixelsPerUnit);

    [Fact]
    public async Task Invalid_books_are_refused_with_every_problem_named_and_nothing_stored()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0, pricePerUnit: 7, pixelsPerUnit: 3);
        var sender = EthKey.Generate().Address;

        var errors = await orchestrator.SetPrices(new PriceBook(Base(-1, 0), true,
        [
            new PriceEntry(sender, null, null, 5, -2),
            new PriceEntry(null, 27, "model-a", 1, 1),
            new PriceEntry(null, 27, "model-a", 2, 1),
            new PriceEntry(null, null, "orphan-model", 1, 1),
        ]));

        Assert.Equal(
        [
            "base price: pricePerUnit must not be negative, got -1",
            "base price: pixelsPerUnit must not be 0",
            $"price for sender {sender}: pixelsPerUnit must be positive, got -2",
            "price for capability 27, model 'model-a' is listed more than once",
            "price for model 'orphan-model': a model price needs a capability",
        ], errors);
        var kept = await orchestrator.GetPrices();
        Assert.Equal(Base(7, 3), kept.BasePrice);
        Assert.Empty(kept.Entries);
    }

    [Fact]
    public async Task Set_prices_read_back_and_the_most_specific_entry_prices_a_quote()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);
        var favoured = fixture.NewSender().Address;
        var other = fixture.NewSender().Address;
        var book = new PriceBook(Base(3, 2), AutoAdjust: false,
        [
            new PriceEntry(favoured, null, null, 1, 4),
            new PriceEntry(null, 27, null, 9, 1),
            new PriceEntry(null, 27, "model-a", 11, 1),
            new PriceEntry(favoured, 27, "model-a", 5, 1),
        ]);

        Assert.Empty(await orchestrator.SetPrices(book));

        var stored = await orchestrator.GetPrices();
        Assert.Equal(book.BasePrice, stored.BasePrice);
        Assert.Equal(book.AutoAdjust, stored.AutoAdjust);
        Assert.Equal(book.Entries, stored.Entries);
        Assert.Equal(new BigRational(3, 2), await PriceAsync(orchestrator, other, null, null));
        Assert.Equal(new BigRational(1, 4), await PriceAsync(orchestrator, favoured, null, null));
        Assert.Equal(new BigRational(11), await PriceAsync(orchestrator, other, 27, "model-a"));
        Assert.Equal(new BigRational(9), await PriceAsync(orchestrator, other, 27, "model-b"));
        Assert.Equal(new BigRational(5), await PriceAsync(orchestrator, favoured, 27, "model-a"));
        Assert.Equal(new BigRational(3, 2), await PriceAsync(orchestrator, other, 31, null));
    }

    [Fact]
    public async Task Auto_adjust_adds_the_gas_share_of_a_win_and_quantises_to_three_decimals()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 4_000_000, pricePerUnit: 1, pixelsPerUnit: 1, autoAdjust: true);
        var sender = fixture.NewSender().Address;
        fixture.Chain.SetGasPrice(1);
        try
        {
            await fixture.PollAsync();
            // txCost = 350 000 gas × 1 wei; face value capped at 4 000 000, so the multiplier is 80/7
            // and the price 1 × (1 + 7/80) = 1.0875 → 1.087.
            var quote = await Payments.QuoteAsync(orchestrator, sender);
            Assert.Equal(new BigRational(1087, 1000), quote.PricePerPixel);
            Assert.Equal(quote.PricePerPixel, quote.TicketParams.PricePerPixel);

            Assert.Empty(await orchestrator.SetPrices(new PriceBook(Base(1, 1), AutoAdjust: false, [])));
            Assert.Equal(BigRational.One, (await Payments.QuoteAsync(orchestrator, sender)).PricePerPixel);
        }
        finally
        {
            fixture.Chain.SetGasPrice(0);
            await fixture.PollAsync();
        }
    }

    [Fact]
    public async Task Invalid_settings_are_refused_with_their_problems()
    {
        var (orchestrator, _) = await fixture.NewOrchestratorAsync(ticketEV: 1_000_000, maxFaceValue: 0);

        var errors = await orchestrator.Configure(new OrchestratorSettings("ftp://nowhere", 0, 5, []));

        Assert.Equal(
        [
            "service URI must be an absolute http or https URI, got 'ftp://nowhere'",
            "ticket EV must be positive, got 0",
        ], errors);
        Assert.Equal(1_000_000, (await orchestrator.GetSettings()).TicketEV);
    }

    private static async Task<BigRational> PriceAsync(IOrchestratorGrain orchestrator, EthAddress sender, uint? capability, string? model)
    {
        var result = await orchestrator.GetOrchestratorInfo(new QuoteRequest(sender, null, capability, model));
        Assert.True(result.Quote is not null, result.Error);
        return result.Quote!.PricePerPixel;
    }
}
