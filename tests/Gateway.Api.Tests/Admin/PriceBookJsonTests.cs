using System.Text.Json;
using CsCheck;
using Livepeer.Gateway.Api.Admin;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Gateway.Api.Tests.Admin;

public sealed class PriceBookJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly Gen<EthAddress> Address = Gen.Byte.Array[EthAddress.Length].Select(bytes => new EthAddress(bytes)).Where(a => !a.IsZero);

    // Prices the API can write: reduced fractions with int64 parts (the API stores them reduced).
    private static readonly Gen<(long Price, long Pixels)> Price =
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.Long[1, long.MaxValue]).Select((n, d) =>
        {
            var r = new Livepeer.Protocol.Numerics.BigRational(n, d);
            return ((long)r.Numerator, (long)r.Denominator);
        });

    private static readonly Gen<PriceEntry> CapabilityEntry =
        Gen.Select(Gen.UInt[27, 40], Gen.OneOfConst<string?>(null, "stabilityai/sd-turbo", "m/é"), Gen.Bool, Address, Price)
            .Select((capability, model, forSender, sender, price) => new PriceEntry(forSender ? sender : null, capability, model, price.Price, price.Pixels));

    private static readonly Gen<PriceEntry> SenderEntry =
        Gen.Select(Address, Price).Select((sender, price) => new PriceEntry(sender, null, null, price.Price, price.Pixels));

    [Fact]
    public void Every_book_written_reads_back_to_the_same_book()
    {
        Gen.Select(Price, Gen.Bool, CapabilityEntry.List[0, 4], SenderEntry.List[0, 4], Address)
            .Sample((basePrice, autoAdjust, capabilities, senders, orchestrator) =>
            {
                var book = new PriceBook(new PriceEntry(null, null, null, basePrice.Price, basePrice.Pixels), autoAdjust, [.. capabilities, .. senders]);
                var json = JsonSerializer.Serialize(PriceBookJson.Write(orchestrator, book), Web);
                using var document = JsonDocument.Parse(json);

                var read = PriceBookJson.Read(document.RootElement, orchestrator, out var errors);

                return errors.Count == 0 && read is not null
                    && read.BasePrice == book.BasePrice && read.AutoAdjust == book.AutoAdjust && read.Entries.SequenceEqual(book.Entries);
            });
    }

    [Fact]
    public void Prices_may_be_json_numbers_read_by_their_exact_text()
    {
        using var document = JsonDocument.Parse("""{"basePricePerPixel":0.1,"capabilities":[{"capability":"27","pricePerUnit":12345678901234567}]}""");

        var book = PriceBookJson.Read(document.RootElement, EthAddress.Zero, out var errors);

        Assert.Empty(errors);
        Assert.Equal(new PriceEntry(null, null, null, 1, 10), book!.BasePrice);
        Assert.Equal(new PriceEntry(null, 27, null, 12345678901234567, 1), Assert.Single(book.Entries));
        Assert.True(book.AutoAdjust);
    }

    [Fact]
    public void The_summary_counts_capability_and_sender_prices()
    {
        var sender = new EthAddress([.. Enumerable.Repeat((byte)1, EthAddress.Length)]);
        var book = new PriceBook(new PriceEntry(null, null, null, 3, 2), false,
            [new PriceEntry(null, 27, null, 1, 1), new PriceEntry(sender, 27, null, 1, 1), new PriceEntry(sender, null, null, 1, 1)]);

        Assert.Equal(new PriceSummary("1.5", false, 2, 1), PriceBookJson.Summarize(book));
    }
}
