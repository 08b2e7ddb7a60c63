using System.Globalization;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// One price of an orchestrator's price book: pricePerUnit wei per pixelsPerUnit units (go-livepeer's
/// -pricePerUnit/-pixelsPerUnit), scoped to a sender, a capability, a model, or a combination.
/// </summary>
/// <param name="Sender">only for this gateway; null for every sender</param>
/// <param name="Capability">only for this capability (pm-protocol.md §9.4 ids); null for transcoding</param>
/// <param name="Model">only for this model of <paramref name="Capability"/>; null for any model</param>
[GenerateSerializer, Immutable, Alias("livepeer.PriceEntry")]
public sealed record PriceEntry(
    [property: Id(0)] EthAddress? Sender,
    [property: Id(1)] uint? Capability,
    [property: Id(2)] string? Model,
    [property: Id(3)] long PricePerUnit,
    [property: Id(4)] long PixelsPerUnit)
{
    public const int MaxModelLength = 256;

    /// <summary>The exact price per unit (pixel); only meaningful for a valid entry.</summary>
    public BigRational PricePerPixel => new(PricePerUnit, PixelsPerUnit);

    /// <summary>What the entry applies to, in words, for error messages and listings.</summary>
    public string Scope
    {
        get
        {
            var parts = new List<string>();
            if (Sender is { } sender)
            {
                parts.Add($"sender {sender}");
            }
            if (Capability is { } capability)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"capability {capability}"));
            }
            if (Model is not null)
            {
                parts.Add($"model '{Model}'");
            }
            return parts.Count == 0 ? "base price" : "price for " + string.Join(", ", parts);
        }
    }

    /// <summary>Every problem with this entry, in words; empty when usable.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (PricePerUnit < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Scope}: pricePerUnit must not be negative, got {PricePerUnit}"));
        }
        if (PixelsPerUnit == 0)
        {
            errors.Add($"{Scope}: pixelsPerUnit must not be 0");
        }
        else if (PixelsPerUnit < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Scope}: pixelsPerUnit must be positive, got {PixelsPerUnit}"));
        }
        if (Model is not null)
        {
            if (Capability is null)
            {
                errors.Add($"{Scope}: a model price needs a capability");
            }
            if (string.IsNullOrWhiteSpace(Model))
            {
                errors.Add($"{Scope}: model must not be blank (leave it out for every model)");
            }
            else if (Model.Length > MaxModelLength)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Scope}: model is longer than {MaxModelLength} characters"));
            }
        }
        if (Sender is { IsZero: true })
        {
            errors.Add($"{Scope}: sender must not be the zero address");
        }
        return errors;
    }
}
