namespace Livepeer.Gateway.Api.Admin;

/// <summary>A transcoding price for one gateway (ticket sender), replacing the base price for it.</summary>
/// <param name="Sender">the sender's address, EIP-55</param>
/// <param name="PricePerPixel">exact price text (PriceText)</param>
public sealed record SenderPriceResponse(string Sender, string PricePerPixel, PriceInfoResponse PriceInfo);
