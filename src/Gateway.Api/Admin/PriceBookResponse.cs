namespace Livepeer.Gateway.Api.Admin;

/// <summary>
/// An orchestrator's price book as <c>GET/PUT /admin/orchestrators/{address}/prices</c> carry it (docs/admin-api.md).
/// <see cref="Orchestrator"/>, <see cref="BasePriceInfo"/>, <c>capabilityId</c> and <c>priceInfo</c> are output only.
/// </summary>
public sealed record PriceBookResponse(
    string Orchestrator,
    string BasePricePerPixel,
    PriceInfoResponse BasePriceInfo,
    bool AutoAdjust,
    IReadOnlyList<CapabilityPriceResponse> Capabilities,
    IReadOnlyList<SenderPriceResponse> Senders);
