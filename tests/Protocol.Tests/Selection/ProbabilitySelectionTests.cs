using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using static Livepeer.Protocol.Tests.Selection.TestOrchestrators;

namespace Livepeer.Protocol.Tests.Selection;

// gateway-api.md §4.4 (weights and filters), §3.8 (max prices), §6 (max price in every mode).
public sealed class ProbabilitySelectionTests
{
    private const int Draws = 10_000;
    private static readonly BigInteger Lpt = BigInteger.Pow(10, 18);

    private static readonly SelectionOptions Mixed = new() { StakeWeight = 0.5, PriceWeight = 0.3, RandWeight = 0.2, PriceExpFactor = 100 };

    // Different price, stake and latency each.
    private static readonly OrchestratorCandidate[] Three =
    [
        Orch(1, 100, 1 * Lpt, latencyMs: 80),
        Orch(2, 200, 2 * Lpt, latencyMs: 20),
        Orch(3, 300, 5 * Lpt, latencyMs: 50),
    ];

    [Fact]
    public void Probabilities_are_the_weighted_price_stake_and_uniform_terms()
    {
        double[] priceNorm = [Math.Exp(-100 / 100.0), Math.Exp(-200 / 100.0), Math.Exp(-300 / 100.0)];
        double priceSum = priceNorm.Sum();
        double[] stakeShare = [1 / 8.0, 2 / 8.0, 5 / 8.0];
        var expected = Enumerable.Range(0, 3).Select(i => 0.3 * priceNorm[i] / priceSum + 0.5 * stakeShare[i] + 0.2 / 3).ToArray();

        var probabilities = new ProbabilitySelection(Mixed).Probabilities(Three, Transcode);

        Assert.Equal(3, probabilities.Count);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], probabilities[Three[i].Address], 12);
        }
        Assert.Equal(1.0, probabilities.Values.Sum(), 12);
    }

    [Fact]
    public void Default_weights_give_seventy_percent_by_stake_and_thirty_percent_uniform()
    {
        OrchestratorCandidate[] candidates = [Orch(1, 10, 1 * Lpt), Orch(2, 10_000, 3 * Lpt), Orch(3, 1, 6 * Lpt)];

        var probabilities = new ProbabilitySelection(new SelectionOptions()).Probabilities(candidates, Transcode);

        // 0.7 × stake/10 + 0.3/3; price has weight 0 by default.
        Assert.Equal(0.17, probabilities[candidates[0].Address], 12);
        Assert.Equal(0.31, probabilities[candidates[1].Address], 12);
        Assert.Equal(0.52, probabilities[candidates[2].Address], 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(20240601)]
    public void Draw_frequencies_over_ten_thousand_draws_match_the_probabilities(int seed)
    {
        var selection = new ProbabilitySelection(Mixed);
        var probabilities = selection.Probabilities(Three, Transcode);

        var frequencies = Frequencies(selection, Three, Transcode, seed, Draws);

        foreach (var candidate in Three)
        {
            Assert.InRange(frequencies.GetValueOrDefault(candidate.Address), probabilities[candidate.Address] - 0.02, probabilities[candidate.Address] + 0.02);
        }
    }

    [Fact]
    public void Draw_frequencies_follow_stake_with_default_weights()
    {
        var selection = new ProbabilitySelection(new SelectionOptions());
        var frequencies = Frequencies(selection, Three, Transcode, 7, Draws);

        // 0.7 × stake/8 + 0.1.
        Assert.InRange(frequencies[Three[0].Address], 0.1875 - 0.02, 0.1875 + 0.02);
        Assert.InRange(frequencies[Three[1].Address], 0.275 - 0.02, 0.275 + 0.02);
        Assert.InRange(frequencies[Three[2].Address], 0.5375 - 0.02, 0.5375 + 0.02);
    }

    [Fact]
    public void An_orchestrator_above_the_max_price_is_never_picked()
    {
        // The expensive one holds almost all the stake, so it would win most draws if it were allowed.
        OrchestratorCandidate[] candidates = [Orch(1, 100, 1), Orch(2, 150, 1), Orch(3, 151, 1_000_000)];
        var selection = new ProbabilitySelection(new SelectionOptions { MaxPrice = 150 });

        var frequencies = Frequencies(selection, candidates, Transcode, 3, Draws);

        Assert.False(frequencies.ContainsKey(candidates[2].Address));
        Assert.True(frequencies.ContainsKey(candidates[1].Address), "a price equal to the max is allowed");
        var filtered = selection.Filter(candidates, Transcode);
        var rejection = Assert.Single(filtered.Rejected);
        Assert.Equal(RejectionReason.AboveMaxPrice, rejection.Reason);
        Assert.Equal(candidates[2].Address, rejection.Address);
        Assert.Equal("asks 151 wei per unit for transcoding, max 150", rejection.Detail);
        Assert.False(selection.Probabilities(candidates, Transcode).ContainsKey(candidates[2].Address));
    }

    [Fact]
    public void Above_the_max_price_is_picked_only_when_ignore_if_needed_and_nobody_else_is_under()
    {
        OrchestratorCandidate[] only = [Orch(1, 500, 1)];
        var strict = new ProbabilitySelection(new SelectionOptions { MaxPrice = 100 });
        var lenient = new ProbabilitySelection(new SelectionOptions { MaxPrice = 100, IgnoreMaxPriceIfNeeded = true });

        var refused = strict.Select(only, Transcode, new Random(1));
        Assert.False(refused.Succeeded);
        Assert.Equal("no orchestrator offers transcoding (1 known: 1 above the max price of 100 wei per unit)", refused.Error);

        var accepted = lenient.Select(only, Transcode, new Random(1));
        Assert.True(accepted.Succeeded);
        Assert.Equal(only[0], accepted.Selected);
        Assert.True(accepted.Filter.MaxPriceIgnored);

        // With someone under the max, ignoring is not needed: the expensive one stays out.
        OrchestratorCandidate[] two = [Orch(1, 500, 1_000_000), Orch(2, 50, 1)];
        var frequencies = Frequencies(lenient, two, Transcode, 5, Draws);
        Assert.Equal([two[1].Address], frequencies.Keys);
    }

    [Fact]
    public void Max_price_per_capability_applies_to_its_pipeline_only()
    {
        // Orchestrator 1 is the cheapest transcoder but above the text-to-image max.
        OrchestratorCandidate[] candidates =
        [
            Orch(1, 1, 1_000_000).WithModel(SdTurbo, 500),
            Orch(2, 900, 1).WithModel(SdTurbo, 50),
            Orch(3, 900, 1).WithModel(SdTurbo, 100),
        ];
        var options = new SelectionOptions { MaxPricePerCapability = { [SdTurbo] = 100 } };
        var selection = new ProbabilitySelection(options);
        var textToImage = new SelectionRequest(SdTurbo);

        var frequencies = Frequencies(selection, candidates, textToImage, 11, Draws);
        Assert.False(frequencies.ContainsKey(candidates[0].Address));
        Assert.Equal(2, frequencies.Count);

        // For transcoding no limit is set, and orchestrator 1's stake makes it the usual pick.
        var transcoding = selection.Probabilities(candidates, Transcode);
        Assert.Equal(0.7 * 1_000_000 / 1_000_002.0 + 0.1, transcoding[candidates[0].Address], 12);
    }

    [Fact]
    public void Max_price_lookup_prefers_the_model_then_the_pipeline_then_the_global_limit()
    {
        var otherModel = new CapabilityModel(Capability.TextToImage, "other/model");
        var options = new SelectionOptions
        {
            MaxPrice = 1_000,
            MaxPricePerCapability =
            {
                [SdTurbo] = 10,
                [SdTurbo.PipelineDefault] = 20,
            },
        };

        Assert.Equal(new BigRational(10), options.MaxPriceFor(SdTurbo));
        Assert.Equal(new BigRational(20), options.MaxPriceFor(otherModel));
        Assert.Equal(new BigRational(1_000), options.MaxPriceFor(CapabilityModel.Transcoding));
        Assert.Null(new SelectionOptions().MaxPriceFor(SdTurbo));

        // The pipeline entry is enforced for a model without its own entry.
        OrchestratorCandidate[] candidates = [Orch(1, 1, 1).WithModel(otherModel, 25), Orch(2, 1, 1).WithModel(otherModel, 20)];
        var probabilities = new ProbabilitySelection(options).Probabilities(candidates, new SelectionRequest(otherModel));
        Assert.Equal([candidates[1].Address], probabilities.Keys);
    }

    [Fact]
    public void Fractional_prices_compare_exactly_against_the_max()
    {
        // 1/3 wei per pixel vs a max of 0.333333: above by a hair, and must be rejected.
        OrchestratorCandidate[] candidates = [Orch(1, new BigRational(1, 3), 1), Orch(2, new BigRational(1, 4), 1)];
        var selection = new ProbabilitySelection(new SelectionOptions { MaxPrice = BigRational.Parse("0.333333") });

        var filtered = selection.Filter(candidates, Transcode);

        Assert.Equal([candidates[1]], filtered.Eligible);
        Assert.Equal("asks ~0.333333333333333333 wei per unit for transcoding, max 0.333333", Assert.Single(filtered.Rejected).Detail);
    }

    [Fact]
    public void An_inactive_orchestrator_is_never_picked()
    {
        OrchestratorCandidate[] candidates = [Orch(1, 100, 1), Orch(2, 100, 1_000_000) with { ActiveThisRound = false }, Orch(3, 100, 1)];
        var selection = new ProbabilitySelection(new SelectionOptions());

        var frequencies = Frequencies(selection, candidates, Transcode, 13, Draws);

        Assert.False(frequencies.ContainsKey(candidates[1].Address));
        Assert.Equal(RejectionReason.Inactive, Assert.Single(selection.Filter(candidates, Transcode).Rejected).Reason);

        var alone = selection.Select([candidates[1]], Transcode, new Random(1));
        Assert.Equal("no orchestrator offers transcoding (1 known: 1 inactive this round)", alone.Error);
    }

    [Fact]
    public void An_orchestrator_without_the_model_is_not_a_candidate()
    {
        var otherModel = new CapabilityModel(Capability.TextToImage, "runwayml/stable-diffusion-v1-5");
        OrchestratorCandidate[] candidates = [Orch(1, 1, 1).WithModel(otherModel, 1), Orch(2, 1, 1).WithModel(SdTurbo, 1)];
        var selection = new ProbabilitySelection(new SelectionOptions());

        var probabilities = selection.Probabilities(candidates, new SelectionRequest(SdTurbo));
        Assert.Equal([candidates[1].Address], probabilities.Keys);

        var result = selection.Select([candidates[0], Orch(3, 1, 1)], new SelectionRequest(SdTurbo), new Random(1));
        Assert.False(result.Succeeded);
        Assert.Null(result.Selected);
        Assert.Equal("no orchestrator offers text-to-image/stabilityai/sd-turbo (2 known: 2 do not advertise it)", result.Error);
        Assert.All(result.Filter.Rejected, r => Assert.Equal(RejectionReason.NotAdvertised, r.Reason));
    }

    [Fact]
    public void With_no_orchestrators_known_the_error_says_so()
    {
        var result = new ProbabilitySelection(new SelectionOptions()).Select([], new SelectionRequest(SdTurbo), new Random(1));

        Assert.Equal("no orchestrator offers text-to-image/stabilityai/sd-turbo (no orchestrators known)", result.Error);
        Assert.Empty(new ProbabilitySelection(new SelectionOptions()).Probabilities([], Transcode));
    }

    [Fact]
    public void The_error_counts_every_reason()
    {
        OrchestratorCandidate[] candidates =
        [
            Orch(1, 1, 1),
            Orch(2, 1, 1).WithModel(SdTurbo, 1, warm: false),
            Orch(3, 1, 1).WithModel(SdTurbo, 1) with { ActiveThisRound = false },
            Orch(4, 1, 1).WithModel(SdTurbo, 5_000),
            Orch(5, 1, 1).WithModel(SdTurbo, 1),
        ];
        var request = new SelectionRequest(SdTurbo) { RequireWarm = true };

        var result = new ProbabilitySelection(new SelectionOptions { MaxPrice = 1_000 })
            .Select(candidates, request, new Random(1), excluded: [Address(5)]);

        Assert.Equal(
            "no orchestrator offers text-to-image/stabilityai/sd-turbo (5 known: 1 already tried, 1 do not advertise it, 1 have it only cold, "
            + "1 inactive this round, 1 above the max price of 1000 wei per unit)",
            result.Error);
    }

    [Fact]
    public void Warm_only_requests_skip_cold_models()
    {
        OrchestratorCandidate[] candidates = [Orch(1, 1, 1).WithModel(SdTurbo, 1, warm: false), Orch(2, 1, 1).WithModel(SdTurbo, 1)];
        var selection = new ProbabilitySelection(new SelectionOptions());

        Assert.Equal([candidates[1].Address], selection.Probabilities(candidates, new SelectionRequest(SdTurbo) { RequireWarm = true }).Keys);
        Assert.Equal(2, selection.Probabilities(candidates, new SelectionRequest(SdTurbo)).Count);
        Assert.Equal(RejectionReason.NotWarm,
            Assert.Single(selection.Filter(candidates, new SelectionRequest(SdTurbo) { RequireWarm = true }).Rejected).Reason);
    }

    [Fact]
    public void Legacy_orchestrators_without_capabilities_qualify_for_transcoding_only()
    {
        var legacy = Orch(1, 1, 1) with
        {
            Capabilities = new Dictionary<int, IReadOnlyDictionary<string, AdvertisedModel>>(),
            Prices = new Dictionary<CapabilityModel, BigRational> { [CapabilityModel.Transcoding] = 1, [SdTurbo] = 1 },
        };
        var selection = new ProbabilitySelection(new SelectionOptions());

        Assert.True(selection.Select([legacy], Transcode, new Random(1)).Succeeded);
        Assert.False(selection.Select([legacy], new SelectionRequest(SdTurbo), new Random(1)).Succeeded);
    }

    [Fact]
    public void An_orchestrator_quoting_no_price_for_the_job_is_not_a_candidate()
    {
        var unpriced = Orch(1, 1, 1).WithModel(SdTurbo, 1) with
        {
            Prices = new Dictionary<CapabilityModel, BigRational> { [CapabilityModel.Transcoding] = 1 },
        };
        var pipelinePriced = Orch(2, 1, 1).WithModel(SdTurbo, 1) with
        {
            Prices = new Dictionary<CapabilityModel, BigRational> { [SdTurbo.PipelineDefault] = 7 },
        };

        var filtered = new ProbabilitySelection(new SelectionOptions()).Filter([unpriced, pipelinePriced], new SelectionRequest(SdTurbo));

        Assert.Equal([pipelinePriced], filtered.Eligible);
        Assert.Equal(RejectionReason.NoPrice, Assert.Single(filtered.Rejected).Reason);
        Assert.True(pipelinePriced.TryGetPrice(SdTurbo, out var price));
        Assert.Equal(new BigRational(7), price);
    }

    [Fact]
    public void A_zero_stake_sum_gives_every_address_a_stake_term_of_one()
    {
        OrchestratorCandidate[] candidates = [Orch(1, 100, 0), Orch(2, 200, 0), Orch(3, 300, 0)];

        var probabilities = new ProbabilitySelection(Mixed).Probabilities(candidates, Transcode);

        double[] priceNorm = [Math.Exp(-1), Math.Exp(-2), Math.Exp(-3)];
        double[] raw = [.. priceNorm.Select(p => 0.3 * p / priceNorm.Sum() + 0.5 * 1.0 + 0.2 / 3)];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(raw[i] / raw.Sum(), probabilities[candidates[i].Address], 12);
        }

        // With the default weights (no price weight) that is a uniform draw.
        var uniform = new ProbabilitySelection(new SelectionOptions()).Probabilities(candidates, Transcode);
        Assert.All(uniform.Values, p => Assert.Equal(1 / 3.0, p, 12));
        var frequencies = Frequencies(new ProbabilitySelection(new SelectionOptions()), candidates, Transcode, 17, Draws);
        Assert.All(frequencies.Values, f => Assert.InRange(f, 1 / 3.0 - 0.02, 1 / 3.0 + 0.02));
    }

    [Fact]
    public void Equal_prices_give_equal_price_terms()
    {
        OrchestratorCandidate[] candidates = [Orch(1, 250, 0), Orch(2, 250, 0), Orch(3, 250, 0), Orch(4, 250, 0)];
        var priceOnly = new ProbabilitySelection(new SelectionOptions { StakeWeight = 0, PriceWeight = 1, RandWeight = 0 });

        var probabilities = priceOnly.Probabilities(candidates, Transcode);

        Assert.All(probabilities.Values, p => Assert.Equal(0.25, p, 12));
    }

    [Fact]
    public void Price_weights_do_not_underflow_for_large_prices()
    {
        // exp(−1e6/100) is 0 as a double; the shifted form keeps the e^-1 ratio between the two.
        OrchestratorCandidate[] candidates = [Orch(1, 1_000_000, 0), Orch(2, 1_000_100, 0)];
        var priceOnly = new ProbabilitySelection(new SelectionOptions { StakeWeight = 0, PriceWeight = 1, RandWeight = 0 });

        var probabilities = priceOnly.Probabilities(candidates, Transcode);

        Assert.Equal(1 / (1 + Math.Exp(-1)), probabilities[candidates[0].Address], 12);
        Assert.Equal(Math.Exp(-1) / (1 + Math.Exp(-1)), probabilities[candidates[1].Address], 12);
    }

    [Fact]
    public void Several_entries_of_one_address_are_one_candidate()
    {
        var node1 = Orch(1, 120, 1, latencyMs: 10);
        var node2 = Orch(1, 100, 1, latencyMs: 90) with { ServiceUri = new Uri("https://o1-second.example:8935") };
        var node3 = Orch(1, 100, 1, latencyMs: 30) with { ServiceUri = new Uri("https://o1-third.example:8935") };
        var other = Orch(2, 100, 1);
        OrchestratorCandidate[] candidates = [node1, node2, node3, other];
        var selection = new ProbabilitySelection(new SelectionOptions());

        var probabilities = selection.Probabilities(candidates, Transcode);

        // Stake counts once per address: 0.7 × 1/2 + 0.3/2 each, not 3:1.
        Assert.Equal(2, probabilities.Count);
        Assert.Equal(0.5, probabilities[node1.Address], 12);
        Assert.Equal(0.5, probabilities[other.Address], 12);

        // The drawn address comes back as its cheapest entry, the faster of equally cheap ones.
        var picks = Enumerable.Range(0, 200).Select(i => selection.Select(candidates, Transcode, new Random(i)).Selected!).ToList();
        Assert.All(picks.Where(p => p.Address == node1.Address), p => Assert.Same(node3, p));
    }

    [Fact]
    public void Low_perf_scores_are_dropped_unless_that_drops_everyone()
    {
        OrchestratorCandidate[] candidates =
        [
            Orch(1, 1, 1) with { PerfScore = 0.9 },
            Orch(2, 1, 1_000) with { PerfScore = 0.2 },
            Orch(3, 1, 1_000),
        ];
        var selection = new ProbabilitySelection(new SelectionOptions { MinPerfScore = 0.5 });

        var filtered = selection.Filter(candidates, Transcode);
        Assert.Equal([candidates[0]], filtered.Eligible);
        Assert.Equal(2, filtered.Rejected.Count(r => r.Reason == RejectionReason.LowPerfScore));
        Assert.False(filtered.PerfScoreFilterSkipped);

        var allLow = selection.Filter(candidates[1..], Transcode);
        Assert.Equal(candidates[1..], allLow.Eligible);
        Assert.True(allLow.PerfScoreFilterSkipped);
        Assert.Empty(allLow.Rejected);
    }

    [Fact]
    public void Excluded_addresses_are_never_picked()
    {
        var selection = new ProbabilitySelection(new SelectionOptions());
        var rng = new Random(19);

        for (int i = 0; i < 2_000; i++)
        {
            var result = selection.Select(Three, Transcode, rng, excluded: [Three[2].Address]);
            Assert.NotEqual(Three[2].Address, result.Selected!.Address);
        }
    }

    [Fact]
    public void Trust_pools_keep_trusted_and_untrusted_apart()
    {
        var trusted = Orch(1, 1, 1) with { Source = OrchestratorSource.Static };
        var webhookTrusted = Orch(2, 1, 1) with { Source = OrchestratorSource.Webhook, TrustScore = 1.0 };
        var webhookHalf = Orch(3, 1, 1) with { Source = OrchestratorSource.Webhook, TrustScore = 0.5 };
        var onChain = Orch(4, 1, 1);
        OrchestratorCandidate[] candidates = [trusted, webhookTrusted, webhookHalf, onChain];
        var selection = new ProbabilitySelection(new SelectionOptions());

        Assert.Equal([trusted, webhookTrusted], selection.Filter(candidates, Transcode with { Pool = TrustPool.Trusted }).Eligible);
        Assert.Equal([webhookHalf, onChain], selection.Filter(candidates, Transcode with { Pool = TrustPool.Untrusted }).Eligible);
        Assert.Equal(candidates, selection.Filter(candidates, Transcode).Eligible);
    }

    [Fact]
    public void The_latency_rules_pick_the_fastest_eligible_one()
    {
        OrchestratorCandidate[] candidates =
        [
            Orch(1, 100, 1_000_000, latencyMs: 80),
            Orch(2, 900, 1, latencyMs: 5), // fastest, but above the max price
            Orch(3, 100, 1, latencyMs: 20),
            Orch(4, 100, 1, latencyMs: 10) with { ActiveThisRound = false },
        ];
        var selection = new ProbabilitySelection(new SelectionOptions { MaxPrice = 500 });
        var request = Transcode with { Rule = SelectionRule.LowestDiscoveryLatency };

        var result = selection.Select(candidates, request, new Random(1));

        Assert.Same(candidates[2], result.Selected);
        Assert.Equal(new Dictionary<EthAddress, double> { [candidates[2].Address] = 1.0 }, selection.Probabilities(candidates, request));
    }

    [Fact]
    public void The_latency_score_rule_tries_untried_orchestrators_first()
    {
        OrchestratorCandidate[] candidates =
        [
            Orch(1, 1, 1, latencyMs: 10).WithModel(SdTurbo, 1) with { LatencyScore = 0.002 },
            Orch(2, 1, 1, latencyMs: 90).WithModel(SdTurbo, 1),
            Orch(3, 1, 1, latencyMs: 40).WithModel(SdTurbo, 1),
            Orch(4, 1, 1, latencyMs: 5).WithModel(SdTurbo, 1) with { LatencyScore = 0.001 },
        ];
        var selection = new ProbabilitySelection(new SelectionOptions());
        var request = new SelectionRequest(SdTurbo) { Rule = SelectionRule.LowestLatencyScore };

        Assert.Same(candidates[2], selection.Select(candidates, request, new Random(1)).Selected);
        Assert.Same(candidates[3], selection.Select(candidates, request, new Random(1), excluded: [Address(2), Address(3)]).Selected);
    }

    [Theory]
    [InlineData(Capability.Transcoding, true, SelectionRule.Probability)]
    [InlineData(Capability.Transcoding, false, SelectionRule.LowestDiscoveryLatency)]
    [InlineData(Capability.TextToImage, true, SelectionRule.Probability)]
    [InlineData(Capability.Llm, false, SelectionRule.LowestLatencyScore)]
    [InlineData(Capability.LiveVideoToVideo, true, SelectionRule.LowestDiscoveryLatency)]
    [InlineData(Capability.LiveVideoToVideo, false, SelectionRule.LowestDiscoveryLatency)]
    public void Requests_get_go_livepeers_rule_for_their_job_and_mode(int capability, bool onChain, SelectionRule rule) =>
        Assert.Equal(rule, SelectionRequest.For(new CapabilityModel(capability, ""), onChain).Rule);

    [Fact]
    public void A_null_candidate_is_a_clear_error()
    {
        var selection = new ProbabilitySelection(new SelectionOptions());

        var error = Assert.Throws<ArgumentNullException>(() => selection.Filter([Orch(1, 1, 1), null!], Transcode));
        Assert.Equal("candidates", error.ParamName);
    }
}
