using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Persistence;

namespace Livepeer.Grains.Orchestrators;

[GenerateSerializer, Alias("livepeer.state.PriceEntry")]
public sealed class PriceEntryState
{
    [Id(0)] public string? Sender { get; set; }
    [Id(1)] public uint? Capability { get; set; }
    [Id(2)] public string? Model { get; set; }
    [Id(3)] public long PricePerUnit { get; set; }
    [Id(4)] public long PixelsPerUnit { get; set; } = 1;

    public static PriceEntryState From(PriceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new PriceEntryState
        {
            Sender = entry.Sender is { } s ? StateText.Of(s) : null,
            Capability = entry.Capability,
            Model = entry.Model,
            PricePerUnit = entry.PricePerUnit,
            PixelsPerUnit = entry.PixelsPerUnit,
        };
    }

    public PriceEntry ToPriceEntry() =>
        new(Sender is null ? null : StateText.Address(Sender), Capability, Model, PricePerUnit, PixelsPerUnit);
}
