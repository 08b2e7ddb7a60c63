using Livepeer.Media.Inference;
using Livepeer.Media.Tests.Imaging;

namespace Livepeer.Media.Tests.Inference;

[Collection(EngineCollection.Name)]
public sealed class OcrTests(EngineFixture fixture)
{
    [Fact]
    public async Task Reads_the_text_of_a_generated_png()
    {
        var png = await Ffmpeg.RenderTextAsync(["LIVEPEER 2026"], 640, 160, 64, "png");

        var result = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, png, StandardModels.PaddleOcrModelId));

        Assert.Equal("LIVEPEER 2026", result.Text);
        Assert.Empty(result.Media);
        Assert.Equal(640L * 160, result.Units); // gateway-api.md §3.5: input h × w
    }

    [Fact]
    public async Task Reads_the_text_of_a_generated_jpeg_with_the_default_model()
    {
        var jpeg = await Ffmpeg.RenderTextAsync(["LIVEPEER 2026"], 480, 120, 40, "jpg");

        var result = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, jpeg, modelId: "", contentType: "image/jpeg"));

        Assert.Equal("LIVEPEER 2026", result.Text);
        Assert.Equal(480L * 120, result.Units);
    }

    [Theory]
    [InlineData("Hello World", 320, 80, 24)]
    [InlineData("The quick brown fox 42", 640, 160, 48)]
    [InlineData("Orchestrator 7", 1600, 1200, 40)] // scaled down to 960 px for detection
    public async Task Reads_words_and_digits_at_several_sizes(string text, int width, int height, int fontSize)
    {
        var png = await Ffmpeg.RenderTextAsync([text], width, height, fontSize, "png");

        var result = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, png));

        Assert.Equal(text, result.Text);
    }

    [Fact]
    public async Task Reads_lines_top_to_bottom()
    {
        var png = await Ffmpeg.RenderTextAsync(["TICKET 17", "WINNING 2026"], 560, 240, 48, "png");

        var result = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, png));

        Assert.Equal("TICKET 17\nWINNING 2026", result.Text);
    }

    [Fact]
    public async Task An_image_without_text_reads_as_empty_and_still_costs_its_pixels()
    {
        var png = await Ffmpeg.SolidAsync("white", 200, 100, "rgb24", "png");

        var result = await fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, png));

        Assert.Equal("", result.Text);
        Assert.Equal(200L * 100, result.Units);
    }
}
