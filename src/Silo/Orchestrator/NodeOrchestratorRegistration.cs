using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Video;
using Livepeer.Media.Inference;
using Livepeer.Media.Transcoding;
using Livepeer.Protocol.Selection;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Pricing;
using Livepeer.Silo.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Orchestrator;

/// <summary>
/// Makes sure the node's orchestrator grain exists with the configured service URI and is listed in the
/// directories (so <c>GET /admin/orchestrators</c> shows it). Runs on every silo start; configuring with the
/// same settings again only rewrites the same state, so it is idempotent and safe with several silos.
/// The stored capabilities and price book are kept, and so are the ticket EV and max face value unless section
/// <c>Payments</c> sets them. On a GPU
/// silo, transcoding (with the silo's transcode slots as capacity) and the inference engine's models under
/// their capabilities (warm, capacity; gateway-api.md §3.7) are then advertised, in the same task so the
/// updates cannot overwrite each other.
/// </summary>
internal sealed partial class NodeOrchestratorRegistration(
    IGrainFactory grains,
    IOptions<OrchestratorOptions> options,
    IOptions<PaymentsOptions> payments,
    IOptions<PaymentOptions> paymentDefaults,
    IOptions<SiloOptions> silo,
    IOptions<TranscodeSlotsOptions> slots,
    IServiceProvider services,
    ILogger<NodeOrchestratorRegistration> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        var address = EthAddress.Parse(configured.Address);
        var orchestrator = grains.GetGrain<IOrchestratorGrain>(address.ToLowerHex());
        var settings = await orchestrator.GetSettings();
        settings = settings with { ServiceUri = configured.ServiceUri };
        if (payments.Value.SetsOrchestratorTickets)
        {
            // Configured ticket numbers win over stored ones, so changing them takes effect at the next start.
            settings = settings with { TicketEV = paymentDefaults.Value.TicketEV, MaxFaceValue = paymentDefaults.Value.MaxFaceValue };
        }
        var errors = await orchestrator.Configure(settings);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"orchestrator {address} could not be configured: {string.Join("; ", errors)}");
        }
        var advertised = new List<OrchestratorCapability>();
        if (silo.Value.Gpu && services.GetService<ITranscoder>() is not null)
        {
            // Transcoding, so that selection finds this orchestrator once it also advertises AI models
            // (an orchestrator with capabilities but without H.264 is not offered segments).
            advertised.Add(new OrchestratorCapability((uint)Capability.Transcoding, null, true, (uint)slots.Value.MaxConcurrentSegments));
        }
        if (services.GetService<IInferenceEngine>() is { } engine)
        {
            advertised.AddRange(Models(engine));
        }
        if (advertised.Count > 0)
        {
            var refused = await orchestrator.Advertise(advertised);
            if (refused.Count > 0)
            {
                throw new InvalidOperationException($"orchestrator {address} could not advertise its capabilities: {string.Join("; ", refused)}");
            }
            LogAdvertised(address.ToString(), string.Join(", ", advertised.Select(c => c.Model is null ? Capability.Name((int)c.Capability) : $"{Capability.Name((int)c.Capability)}/{c.Model}")));
        }
        var prices = await orchestrator.GetPrices();
        LogRegistered(address.ToString(), configured.ServiceUri.Length == 0 ? "(in-cluster only)" : configured.ServiceUri, PriceText.Format(prices.BasePricePerPixel), prices.Entries.Count);
    }

    private IEnumerable<OrchestratorCapability> Models(IInferenceEngine engine)
    {
        foreach (var model in engine.Models)
        {
            if (!Capability.TryFromPipeline(model.Pipeline, out int capability))
            {
                LogNotAdvertised(model.Pipeline, model.ModelId);
                continue;
            }
            yield return new OrchestratorCapability((uint)capability, model.ModelId, model.Warm, (uint)Math.Max(1, model.Capacity));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator} advertises what this GPU silo runs: {Capabilities}")]
    private partial void LogAdvertised(string orchestrator, string capabilities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Pipeline}/{Model} is not advertised: {Pipeline} is not a pipeline gateways can ask for")]
    private partial void LogNotAdvertised(string pipeline, string model);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator} listed (service URI {ServiceUri}; base price {BasePrice} wei/pixel, {Entries} other prices)")]
    private partial void LogRegistered(string orchestrator, string serviceUri, string basePrice, int entries);
}
