using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using static Livepeer.Protocol.Tests.Selection.TestOrchestrators;

namespace Livepeer.Protocol.Tests.Selection;

public sealed class SelectionOptionsTests
{
    [Fact]
    public void Defaults_are_go_livepeers_and_valid()
    {
        var options = new SelectionOptions();

        Assert.Empty(options.Errors());
        Assert.Equal((0.7, 0.0, 0.3, 100.0, 0.0), (options.StakeWeight, options.PriceWeight, options.RandWeight, options.PriceExpFactor, options.MinPerfScore));
        Assert.False(options.IgnoreMaxPriceIfNeeded);
        Assert.Null(options.MaxPrice);
        Assert.Empty(options.MaxPricePerCapability);
        Assert.Equal((3, 3, 5), (options.MaxAttempts, options.BatchAiPenalty, options.LiveAiPenalty));
        Assert.Equal(1.0, options.MinLatencyScore);
    }

    [Theory]
    [InlineData(0.7, 0.0, 0.30009)]
    [InlineData(0.69991, 0.0, 0.3)]
    [InlineData(0.2, 0.5, 0.3)]
    [InlineData(1.0, 0.0, 0.0)]
    public void Weights_summing_to_one_within_the_tolerance_are_valid(double stake, double price, double rand) =>
        Assert.Empty(new SelectionOptions { StakeWeight = stake, PriceWeight = price, RandWeight = rand }.Errors());

    [Theory]
    [InlineData(0.7, 0.0, 0.3002)]
    [InlineData(0.7, 0.3, 0.3)]
    [InlineData(0.5, 0.0, 0.3)]
    public void Weights_not_summing_to_one_are_refused_with_the_sum(double stake, double price, double rand)
    {
        var options = new SelectionOptions { StakeWeight = stake, PriceWeight = price, RandWeight = rand };

        var error = Assert.Single(options.Errors());
        Assert.StartsWith("StakeWeight + PriceWeight + RandWeight must be 1 (±0.0001), got ", error, StringComparison.Ordinal);
        var thrown = Assert.Throws<ArgumentException>(() => new ProbabilitySelection(options));
        Assert.StartsWith("invalid selection options: StakeWeight + PriceWeight + RandWeight must be 1", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_weight_is_refused_even_when_the_sum_is_one()
    {
        var options = new SelectionOptions { StakeWeight = 1.2, PriceWeight = -0.2, RandWeight = 0 };

        Assert.Equal(["StakeWeight must be between 0 and 1, got 1.2", "PriceWeight must be between 0 and 1, got -0.2"], options.Errors());
    }

    [Fact]
    public void Every_bad_value_is_listed()
    {
        var options = new SelectionOptions
        {
            RandWeight = double.NaN,
            PriceExpFactor = 0,
            MinPerfScore = 1.5,
            MaxPrice = -1,
            MaxPricePerCapability = { [SdTurbo] = new BigRational(-1, 2) },
            MaxAttempts = 0,
            BatchAiPenalty = 0,
            LiveAiPenalty = -1,
            MinLatencyScore = 0,
        };

        Assert.Equal(
        [
            "RandWeight must be between 0 and 1, got NaN",
            "PriceExpFactor must be a positive number, got 0",
            "MinPerfScore must be between 0 (off) and 1, got 1.5",
            "MaxPrice must not be negative, got -1 wei per unit",
            "the max price for text-to-image/stabilityai/sd-turbo must not be negative, got -0.5 wei per unit",
            "MaxAttempts must be at least 1, got 0",
            "BatchAiPenalty must be at least 1 refresh, got 0",
            "LiveAiPenalty must be at least 1 refresh, got -1",
            "MinLatencyScore must be a positive number, got 0",
        ], options.Errors());
    }

    [Fact]
    public void A_null_per_capability_table_is_refused()
    {
        var options = new SelectionOptions { MaxPricePerCapability = null! };

        Assert.Contains("MaxPricePerCapability must not be null", Assert.Single(options.Errors()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 3, 4)]
    [InlineData(9, 3, 3)]
    [InlineData(8, 8, 1)]
    [InlineData(1, 8, 1)]
    [InlineData(0, 0, 1)]
    [InlineData(100, 8, 13)]
    public void Transcoding_penalty_is_pool_size_over_orchestrators_rounded_up(int poolSize, int numOrchestrators, int penalty) =>
        Assert.Equal(penalty, SelectionOptions.TranscodingPenalty(poolSize, numOrchestrators));

    [Fact]
    public void Penalty_follows_the_job_kind()
    {
        var options = new SelectionOptions { BatchAiPenalty = 4, LiveAiPenalty = 6 };

        Assert.Equal(4, options.PenaltyFor(SdTurbo.Kind, 20, 8));
        Assert.Equal(6, options.PenaltyFor(JobKind.LiveAi, 20, 8));
        Assert.Equal(3, options.PenaltyFor(CapabilityModel.Transcoding.Kind, 20, 8));
    }

    [Fact]
    public void Selection_keeps_its_own_copy_of_the_options()
    {
        var options = new SelectionOptions { MaxPricePerCapability = { [SdTurbo] = 10 } };
        var selection = new ProbabilitySelection(options);

        options.MaxPricePerCapability[SdTurbo] = 1;
        options.MaxAttempts = 9;

        Assert.Equal(new BigRational(10), selection.MaxPriceFor(SdTurbo));
        Assert.Equal(3, selection.MaxAttempts);
    }
}
