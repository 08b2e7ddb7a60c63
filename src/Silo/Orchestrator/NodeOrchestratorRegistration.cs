using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Livepeer.Silo.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Orchestrator;

/// <summary>
/// Makes sure the node's orchestrator grain exists with the configured service URI and is listed in the
/// directories (so <c>GET /admin/orchestrators</c> shows it). Runs on every silo start; configuring with the
/// same settings again only rewrites the same state, so it is idempotent and safe with several silos.
/// Stored settings other than the service URI (ticket EV, capabilities) and the price book are kept.
/// </summary>
internal sealed partial class NodeOrchestratorRegistration(
    IGrainFactory grains,
    IOptions<OrchestratorOptions> options,
    ILogger<NodeOrchestratorRegistration> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        var address = EthAddress.Parse(configured.Address);
        var orchestrator = grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex());
        var settings = await orchestrator.GetSettings();
        var errors = await orchestrator.Configure(settings with { ServiceUri = configured.ServiceUri });
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"orchestrator {address} could not be configured: {string.Join("; ", errors)}");
        }
        var prices = await orchestrator.GetPrices();
        LogRegistered(address.ToString(), configured.ServiceUri.Length == 0 ? "(in-cluster only)" : configured.ServiceUri, PriceText.Format(prices.BasePricePerPixel), prices.Entries.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator} listed (service URI {ServiceUri}; base price {BasePrice} wei/pixel, {Entries} other prices)")]
    private partial void LogRegistered(string orchestrator, string serviceUri, string basePrice, int entries);
}
