using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using static Livepeer.Protocol.Tests.Selection.TestOrchestrators;

namespace Livepeer.Protocol.Tests.Selection;

public sealed class OrchestratorCandidateTests
{
    [Fact]
    public void Bad_values_are_refused_with_the_field()
    {
        var valid = Orch(1, 1, 1);

        Assert.Contains("zero address", Assert.Throws<ArgumentException>(() => valid with { Address = EthAddress.Zero }).Message, StringComparison.Ordinal);
        Assert.Contains("must be absolute", Assert.Throws<ArgumentException>(() => valid with { ServiceUri = new Uri("/relative", UriKind.Relative) }).Message, StringComparison.Ordinal);
        Assert.Equal("Stake", Assert.Throws<ArgumentOutOfRangeException>(() => valid with { Stake = -1 }).ParamName);
        Assert.Equal("TrustScore", Assert.Throws<ArgumentOutOfRangeException>(() => valid with { TrustScore = 1.5 }).ParamName);
        Assert.Equal("LatencyScore", Assert.Throws<ArgumentOutOfRangeException>(() => valid with { LatencyScore = double.NaN }).ParamName);
        Assert.Equal("PerfScore", Assert.Throws<ArgumentOutOfRangeException>(() => valid with { PerfScore = double.PositiveInfinity }).ParamName);
        Assert.Equal("DiscoveryLatency", Assert.Throws<ArgumentOutOfRangeException>(() => valid with { DiscoveryLatency = TimeSpan.FromMilliseconds(-1) }).ParamName);
        var negativePrice = Assert.Throws<ArgumentOutOfRangeException>(() => valid with
        {
            Prices = new Dictionary<CapabilityModel, BigRational> { [SdTurbo] = -3 },
        });
        Assert.Contains("the price for text-to-image/stabilityai/sd-turbo must not be negative", negativePrice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrchestratorSource.Static, 1.0, true)]
    [InlineData(OrchestratorSource.Webhook, 0.0, false)]
    [InlineData(OrchestratorSource.OnChain, 0.0, false)]
    public void Trust_defaults_follow_the_source(OrchestratorSource source, double score, bool trusted)
    {
        var candidate = Orch(1, 1, 1) with { Source = source };

        Assert.Equal(score, candidate.TrustScore);
        Assert.Equal(trusted, candidate.IsTrusted);
    }

    [Fact]
    public void Collections_are_copied_so_the_snapshot_cannot_change()
    {
        var prices = new Dictionary<CapabilityModel, BigRational> { [CapabilityModel.Transcoding] = 5 };
        var models = new Dictionary<string, AdvertisedModel> { ["m"] = new(Warm: true, Capacity: 2) };
        var capabilities = new Dictionary<int, IReadOnlyDictionary<string, AdvertisedModel>> { [Capability.Llm] = models };
        var candidate = Orch(1, 1, 1) with { Prices = prices, Capabilities = capabilities };

        prices[CapabilityModel.Transcoding] = 500;
        models.Remove("m");
        capabilities.Clear();

        Assert.True(candidate.TryGetPrice(CapabilityModel.Transcoding, out var price));
        Assert.Equal(new BigRational(5), price);
        Assert.True(candidate.Offers(new CapabilityModel(Capability.Llm, "m"), requireWarm: true, out _));
    }
}
