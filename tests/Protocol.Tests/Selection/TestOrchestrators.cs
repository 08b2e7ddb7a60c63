using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Tests.Selection;

/// <summary>Builds candidates for the selection tests: on-chain, active, transcoding-priced unless changed.</summary>
internal static class TestOrchestrators
{
    public static readonly CapabilityModel SdTurbo = CapabilityModel.ForPipeline("text-to-image", "stabilityai/sd-turbo");

    public static EthAddress Address(int id)
    {
        var bytes = new byte[EthAddress.Length];
        bytes[0] = 0xaa;
        bytes[18] = (byte)(id >> 8);
        bytes[19] = (byte)id;
        return new EthAddress(bytes);
    }

    public static OrchestratorCandidate Orch(int id, BigRational price, BigInteger stake, int latencyMs = 50) => new()
    {
        Address = Address(id),
        ServiceUri = new Uri($"https://o{id}.example:8935"),
        Stake = stake,
        Prices = new Dictionary<CapabilityModel, BigRational> { [CapabilityModel.Transcoding] = price },
        Capabilities = new Dictionary<int, IReadOnlyDictionary<string, AdvertisedModel>>
        {
            [Capability.Transcoding] = new Dictionary<string, AdvertisedModel>(),
        },
        ActiveThisRound = true,
        Source = OrchestratorSource.OnChain,
        DiscoveryLatency = TimeSpan.FromMilliseconds(latencyMs),
    };

    /// <summary>The candidate also advertising <paramref name="job"/> at <paramref name="price"/>.</summary>
    public static OrchestratorCandidate WithModel(this OrchestratorCandidate candidate, CapabilityModel job, BigRational price, bool warm = true)
    {
        var prices = new Dictionary<CapabilityModel, BigRational>(candidate.Prices) { [job] = price };
        var capabilities = new Dictionary<int, IReadOnlyDictionary<string, AdvertisedModel>>(candidate.Capabilities);
        var models = capabilities.TryGetValue(job.CapabilityId, out var existing)
            ? new Dictionary<string, AdvertisedModel>(existing)
            : [];
        models[job.ModelId] = new AdvertisedModel(warm, 1);
        capabilities[job.CapabilityId] = models;
        return candidate with { Prices = prices, Capabilities = capabilities };
    }

    public static SelectionRequest Transcode => new(CapabilityModel.Transcoding);

    /// <summary>How often each address comes out of <paramref name="draws"/> selections, as fractions.</summary>
    public static Dictionary<EthAddress, double> Frequencies(
        ProbabilitySelection selection, IReadOnlyList<OrchestratorCandidate> candidates, SelectionRequest request, int seed, int draws,
        Suspender? suspender = null)
    {
        var rng = new Random(seed);
        var counts = new Dictionary<EthAddress, int>();
        for (int i = 0; i < draws; i++)
        {
            var result = selection.Select(candidates, request, rng, suspender: suspender);
            Assert.True(result.Succeeded, result.Error);
            counts[result.Selected.Address] = counts.GetValueOrDefault(result.Selected.Address) + 1;
        }
        return counts.ToDictionary(pair => pair.Key, pair => (double)pair.Value / draws);
    }
}
