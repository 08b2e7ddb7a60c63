using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// An orchestrator's prices. An entry applies to requests of exactly its capability (none =
/// transcoding) and, when it names them, its model and sender. A quote uses the most specific entry
/// that applies: sender + model, sender, model, capability alone; else <see cref="BasePrice"/>. With <see cref="AutoAdjust"/> the chosen price is
/// raised by the redemption gas share of a winning ticket (pm-protocol.md §3.4).
/// </summary>
[GenerateSerializer, Immutable, Alias("livepeer.PriceBook")]
public sealed record PriceBook(
    [property: Id(0)] PriceEntry BasePrice,
    [property: Id(1)] bool AutoAdjust,
    [property: Id(2)] IReadOnlyList<PriceEntry> Entries)
{
    /// <summary>Free work, auto-adjust on: what a new orchestrator starts with.</summary>
    public static readonly PriceBook Free = new(new PriceEntry(null, null, null, 0, 1), true, []);

    /// <summary>Every problem with the book, in words; empty when it can be stored.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (BasePrice is null)
        {
            errors.Add("base price is missing");
        }
        else
        {
            if (BasePrice.Sender is not null || BasePrice.Capability is not null || BasePrice.Model is not null)
            {
                errors.Add("base price must not name a sender, capability or model");
            }
            errors.AddRange(BasePrice.Errors());
        }
        if (Entries is null)
        {
            errors.Add("price entries are missing (use an empty list)");
            return errors;
        }
        var seen = new HashSet<(string?, uint?, string?)>();
        for (int i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            if (entry is null)
            {
                errors.Add($"price entry {i} is missing");
                continue;
            }
            if (entry.Sender is null && entry.Capability is null && entry.Model is null)
            {
                errors.Add($"price entry {i} names no sender, capability or model; set the base price instead");
            }
            errors.AddRange(entry.Errors());
            if (!seen.Add((entry.Sender?.ToLowerHex(), entry.Capability, entry.Model)))
            {
                errors.Add($"{entry.Scope} is listed more than once");
            }
        }
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid price book: " + string.Join("; ", errors));
        }
    }

    /// <summary>The entry that prices work of <paramref name="capability"/>/<paramref name="model"/> for <paramref name="sender"/>.</summary>
    public PriceEntry Find(EthAddress sender, uint? capability, string? model)
    {
        PriceEntry? best = null;
        int bestRank = int.MaxValue;
        foreach (var entry in Entries)
        {
            int rank = Rank(entry, sender, capability, model);
            if (rank < bestRank)
            {
                best = entry;
                bestRank = rank;
            }
        }
        return best ?? BasePrice;
    }

    /// <summary>The base price per pixel (unadjusted).</summary>
    public BigRational BasePricePerPixel => BasePrice.PricePerPixel;

    // Lower is more specific; int.MaxValue = does not apply.
    private static int Rank(PriceEntry entry, EthAddress sender, uint? capability, string? model)
    {
        if ((entry.Sender is { } s && s != sender)
            || entry.Capability != capability
            || (entry.Model is { } m && !string.Equals(m, model, StringComparison.Ordinal)))
        {
            return int.MaxValue;
        }
        return (entry.Sender is null ? 2 : 0) + (entry.Model is null ? 1 : 0);
    }
}
