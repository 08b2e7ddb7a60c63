using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// The orchestrator the wire endpoints speak for: its address, the service URI it advertises, its capability
/// advert (from its settings, re-read every few seconds), and OrchestratorInfo for a sender.
/// </summary>
public sealed class WireOrchestrator(
    IOptions<OrchestratorWireOptions> options,
    OrchestratorRequestProcessor processor,
    IClusterClient cluster,
    NodeSigningKey key,
    WireListener listener,
    TimeProvider clock)
{
    private static readonly TimeSpan AdvertRefresh = TimeSpan.FromSeconds(5);

    private (Capabilities Advert, PriceBook Prices, DateTimeOffset ReadAt)? _advert;

    public EthAddress Address { get; } = EthAddress.Parse(options.Value.Orchestrator);

    public OrchestratorRequestProcessor Processor => processor;

    /// <summary>OrchestratorInfo.transcoder: where gateways post segments (the configured public URI, else where the port is bound).</summary>
    public string ServiceUri => options.Value.PublicUri.Length > 0
        ? options.Value.AdvertisedUri
        : (listener.BoundUri?.ToString() ?? options.Value.Url).TrimEnd('/');

    /// <summary>The prefix of media URLs the endpoints hand out.</summary>
    public string MediaBaseUrl => ServiceUri + Grains.Abstractions.Wire.WireMediaNames.RoutePrefix;

    /// <summary>OrchestratorInfo.address: the node key that signs results, or the orchestrator without one.</summary>
    public EthAddress NodeAddress => key.Address ?? Address;

    public NodeSigningKey Key => key;

    public async Task<Capabilities> AdvertAsync() => (await SettingsAsync()).Advert;

    private async Task<(Capabilities Advert, PriceBook Prices, DateTimeOffset ReadAt)> SettingsAsync()
    {
        var now = clock.GetUtcNow();
        if (_advert is { } cached && now - cached.ReadAt < AdvertRefresh)
        {
            return cached;
        }
        var grain = cluster.GetGrain<IOrchestratorGrain>(Address.ToLowerHex());
        var settings = await grain.GetSettings();
        var prices = await grain.GetPrices();
        var advert = OrchestratorInfoMapping.AdvertFor(settings.Capabilities, (uint)options.Value.MaxSessions, options.Value.Version);
        var read = (advert, prices, now);
        _advert = read;
        return read;
    }

    /// <summary>
    /// OrchestratorInfo.capabilities_prices: the book's capability and model prices that apply to <paramref name="sender"/>
    /// (before auto-adjustment), so gateways can list the orchestrator for its AI capabilities with their prices.
    /// </summary>
    private static IEnumerable<PriceInfo> CapabilityPrices(PriceBook prices, EthAddress sender) =>
        prices.Entries
            .Where(e => e.Capability is not null && (e.Sender is null || e.Sender == sender))
            .Select(e => prices.Find(sender, e.Capability, e.Model))
            .Distinct()
            .Where(e => e.Capability is not null)
            .Select(e => new PriceInfo { PricePerUnit = e.PricePerUnit, PixelsPerUnit = e.PixelsPerUnit, Capability = e.Capability!.Value, Constraint = e.Model ?? "" });

    /// <summary>
    /// Fresh OrchestratorInfo for <paramref name="sender"/>; for an ongoing session (<paramref name="sessionId"/>)
    /// the session's price and <paramref name="keepToken"/> as its auth token, since new tokens come only from
    /// GetOrchestrator. Returns the orchestrator's reason when it cannot quote.
    /// </summary>
    public async Task<(OrchestratorInfo? Info, string? Error)> InfoAsync(EthAddress sender, string? sessionId, uint? capability, string? model, AuthToken? keepToken = null)
    {
        var quote = await processor.QuoteAsync(Address, new QuoteRequest(sender, sessionId, capability, model));
        if (quote.Quote is not { } q)
        {
            return (null, quote.Error ?? "the orchestrator could not quote");
        }
        var settings = await SettingsAsync();
        var info = q.ToOrchestratorInfo(ServiceUri, NodeAddress, settings.Advert);
        info.CapabilitiesPrices.AddRange(CapabilityPrices(settings.Prices, sender));
        if (keepToken is not null)
        {
            info.AuthToken = keepToken;
        }
        return (info, null);
    }
}
