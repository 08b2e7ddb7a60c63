using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Tests.Selection;

// gateway-api.md §4.3 (transcoding) and §4.5 (AI).
public sealed class LatencyScoresTests
{
    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Theory]
    [InlineData(3.0, 2.0, 1.5)]
    [InlineData(1.0, 2.0, 0.5)]
    [InlineData(1.5, 1.0, 1.0)] // short segments count as 1.5 s
    [InlineData(0.75, 0.5, 0.5)]
    [InlineData(0.0, 4.0, 0.0)]
    public void Transcoding_score_is_response_time_over_the_segment_duration_with_a_floor(double response, double duration, double score) =>
        Assert.Equal(score, LatencyScores.Transcoding(Seconds(response), Seconds(duration)), 12);

    [Fact]
    public void Image_pipelines_score_seconds_per_pixel_per_step_with_their_default_steps()
    {
        const long pixels = 512 * 512;

        Assert.Equal(10.0 / pixels / 50, LatencyScores.TextToImage(Seconds(10), pixels, null, "stabilityai/sd-turbo"), 15);
        Assert.Equal(10.0 / pixels / 4, LatencyScores.TextToImage(Seconds(10), pixels, 4, "stabilityai/sd-turbo"), 15);
        Assert.Equal(10.0 / pixels / 100, LatencyScores.ImageToImage(Seconds(10), pixels, null, "timbrooks/instruct-pix2pix"), 15);
        Assert.Equal(10.0 / pixels / 25, LatencyScores.ImageToVideo(Seconds(10), pixels, null), 15);
        Assert.Equal(10.0 / pixels / 75, LatencyScores.Upscale(Seconds(10), pixels, null), 15);
        Assert.Equal(10.0 / pixels, LatencyScores.Upscale(Seconds(10), pixels, 0), 15); // steps are at least 1
    }

    [Fact]
    public void Sdxl_lightning_takes_its_steps_from_the_model_id()
    {
        const long pixels = 1024 * 1024;

        Assert.Equal(8.0 / pixels / 4, LatencyScores.TextToImage(Seconds(8), pixels, 30, "ByteDance/SDXL-Lightning_4step"), 15);
        Assert.Equal(8.0 / pixels / 8, LatencyScores.TextToImage(Seconds(8), pixels, 30, "ByteDance/SDXL-Lightning"), 15);
        Assert.Equal(8.0 / pixels / 2, LatencyScores.ImageToImage(Seconds(8), pixels, null, "ByteDance/SDXL-Lightning_2step"), 15);
        Assert.Equal(12, LatencyScores.StepsFromModelId("org/model_12step_v2", 8));
        Assert.Equal(8, LatencyScores.StepsFromModelId("org/model-4step", 8));
    }

    [Fact]
    public void Other_pipelines_score_seconds_per_unit()
    {
        Assert.Equal(2.0 / 1_000_000, LatencyScores.SegmentAnything2(Seconds(2), 1_000_000), 15);
        Assert.Equal(2.0 / 500_000, LatencyScores.ImageToText(Seconds(2), 500_000), 15);
        Assert.Equal(0.1, LatencyScores.AudioToText(Seconds(6), 60), 15);
        Assert.Equal(0.02, LatencyScores.Llm(Seconds(5), 250), 15);
        Assert.Equal(0.01, LatencyScores.TextToSpeech(Seconds(1), 100), 15);
    }

    [Fact]
    public void No_work_scores_zero_and_negative_times_are_refused()
    {
        Assert.Equal(0, LatencyScores.Llm(Seconds(5), 0));
        Assert.Equal(0, LatencyScores.TextToImage(Seconds(5), -1, null, "m"));
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyScores.Llm(Seconds(-1), 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyScores.Transcoding(Seconds(1), Seconds(-2)));
    }
}
