namespace Livepeer.Gateway.Api.Admin;

/// <summary>The price book in brief, for the orchestrator list.</summary>
public sealed record PriceSummary(string BasePricePerPixel, bool AutoAdjust, int CapabilityPrices, int SenderPrices);
