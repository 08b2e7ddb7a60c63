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
        Assert.Equal(640L * 160, result.Units);
    }
}
