using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Media.Inference;
using Livepeer.Protocol.Selection;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Pricing;
using Livepeer.Silo.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Orchestrator;

/// <summary>
/// Makes sure the node's orchestrator grain exists with the configured service URI and is listed in the
/// directories (so <c>GET /admin/orchestrators</c> shows it). Runs on every silo start; configuring with the
/// same settings again only rewrites the same state, so it is idempotent and safe with several silos.
/// Stored settings other than the service URI (ticket EV, capabilities) and the price book are kept. On a GPU
/// silo with an inference engine, the engine's models are then advertised under their capabilities (warm,
/// capacity; gateway-api.md §3.7), in the same task so the two updates cannot overwrite each other.
/// </summary>
internal sealed partial class NodeOrchestratorRegistration(
    IGrainFactory grains,
    IOptions<OrchestratorOptions> options,
    IServiceProvider services,
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
        if (services.GetService<IInferenceEngine>() is { } engine)
        {
            await AdvertiseAsync(orchestrator, address, engine);
        }
        var prices = await orchestrator.GetPrices();
        LogRegistered(address.ToString(), configured.ServiceUri.Length == 0 ? "(in-cluster only)" : configured.ServiceUri, PriceText.Format(prices.BasePricePerPixel), prices.Entries.Count);
    }

    private async Task AdvertiseAsync(IOrchestratorGrain orchestrator, EthAddress address, IInferenceEngine engine)
    {
        var advertised = new List<OrchestratorCapability>();
        foreach (var model in engine.Models)
        {
            if (!Capability.TryFromPipeline(model.Pipeline, out int capability))
            {
                LogNotAdvertised(model.Pipeline, model.ModelId);
                continue;
            }
            advertised.Add(new OrchestratorCapability((uint)capability, model.ModelId, model.Warm, (uint)Math.Max(1, model.Capacity)));
        }
        if (advertised.Count == 0)
        {
            return;
        }
        var errors = await orchestrator.Advertise(advertised);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"orchestrator {address} could not advertise its models: {string.Join("; ", errors)}");
        }
        LogAdvertised(address.ToString(), string.Join(", ", engine.Models.Select(m => $"{m.Pipeline}/{m.ModelId}")));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator} advertises the models of this GPU silo: {Models}")]
    private partial void LogAdvertised(string orchestrator, string models);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Pipeline}/{Model} is not advertised: {Pipeline} is not a pipeline gateways can ask for")]
    private partial void LogNotAdvertised(string pipeline, string model);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator} listed (service URI {ServiceUri}; base price {BasePrice} wei/pixel, {Entries} other prices)")]
    private partial void LogRegistered(string orchestrator, string serviceUri, string basePrice, int entries);
}
