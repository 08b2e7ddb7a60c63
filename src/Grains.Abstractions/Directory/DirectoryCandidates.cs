using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;

namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>Turns a directory snapshot into the candidates <see cref="ProbabilitySelection"/> picks from.</summary>
public static class DirectoryCandidates
{
    /// <summary>URI scheme of in-cluster orchestrators that have no public service URI: "orleans://0x…".</summary>
    public const string InClusterScheme = "orleans";

    /// <summary>
    /// One candidate per entry. Listed orchestrators are ours or the operator's, so they are trusted
    /// (<see cref="OrchestratorSource.Static"/>) and taken as active; the recipient-activity check on
    /// payment is the orchestrator's own. Every advertised capability without its own price is priced
    /// at the base price, as the orchestrator's price book does.
    /// </summary>
    public static IReadOnlyList<OrchestratorCandidate> ToCandidates(this DirectorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Entries.Select(ToCandidate)];
    }

    public static OrchestratorCandidate ToCandidate(DirectoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var listing = entry.Listing;
        var prices = new Dictionary<CapabilityModel, BigRational>();
        var basePrice = BigRational.Zero;
        foreach (var price in listing.Prices.Where(p => p.Sender is null))
        {
            if (price.Capability is null)
            {
                basePrice = price.PricePerPixel;
                prices[CapabilityModel.Transcoding] = basePrice;
            }
            else
            {
                prices[new CapabilityModel((int)price.Capability.Value, price.Model ?? "")] = price.PricePerPixel;
            }
        }
        var capabilities = new Dictionary<int, IReadOnlyDictionary<string, AdvertisedModel>>();
        foreach (var group in listing.Capabilities.GroupBy(c => (int)c.Capability))
        {
            var models = new Dictionary<string, AdvertisedModel>(StringComparer.Ordinal);
            foreach (var model in group.Where(c => c.Model is not null))
            {
                models[model.Model!] = new AdvertisedModel(model.Warm, model.Capacity);
            }
            capabilities[group.Key] = models;
            prices.TryAdd(new CapabilityModel(group.Key, ""), basePrice);
        }
        prices.TryAdd(CapabilityModel.Transcoding, basePrice);
        return new OrchestratorCandidate
        {
            Address = listing.Orchestrator,
            ServiceUri = Uri.TryCreate(listing.ServiceUri, UriKind.Absolute, out var uri)
                ? uri
                : new Uri($"{InClusterScheme}://{listing.Orchestrator.ToLowerHex()}"),
            Stake = entry.Stake,
            Prices = prices,
            Capabilities = capabilities,
            ActiveThisRound = true,
            Source = OrchestratorSource.Static,
            DiscoveryLatency = TimeSpan.FromMilliseconds(entry.LatencyMs ?? 0),
            LatencyScore = entry.LatencyScore,
        };
    }
}
