using Livepeer.Grains.Abstractions.Orchestrators;

namespace Livepeer.Grains.Orchestrators;

[GenerateSerializer, Alias("livepeer.state.PriceBook")]
public sealed class PriceBookState
{
    [Id(0)] public PriceEntryState BasePrice { get; set; } = new();
    [Id(1)] public bool AutoAdjust { get; set; } = true;
    [Id(2)] public List<PriceEntryState> Entries { get; set; } = [];

    public static PriceBookState From(PriceBook book) => new()
    {
        BasePrice = PriceEntryState.From(book.BasePrice),
        AutoAdjust = book.AutoAdjust,
        Entries = [.. book.Entries.Select(PriceEntryState.From)],
    };

    public PriceBook ToPriceBook() => new(BasePrice.ToPriceEntry(), AutoAdjust, [.. Entries.Select(e => e.ToPriceEntry())]);
}
