using System.Text.Json.Serialization;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>A capability price: wei per unit of the pipeline's work, for one model or all, for one sender or all.</summary>
/// <param name="Capability">pipeline name ("text-to-image") or, for a capability without one, its id as text</param>
/// <param name="CapabilityId">the capability id (pm-protocol.md §9.4)</param>
/// <param name="PricePerUnit">exact price text (PriceText)</param>
public sealed record CapabilityPriceResponse(
    string Capability,
    uint CapabilityId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sender,
    string PricePerUnit,
    PriceInfoResponse PriceInfo);
