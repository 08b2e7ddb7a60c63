namespace Livepeer.Gateway.Api.Admin;

/// <summary>A price as <c>PriceInfo</c> carries it on the wire (pm-protocol.md §6.7): pricePerUnit wei per pixelsPerUnit units. Output only.</summary>
public sealed record PriceInfoResponse(long PricePerUnit, long PixelsPerUnit);
