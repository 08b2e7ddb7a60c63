using Livepeer.Protocol.Ai;
using Livepeer.TestSupport.AiSdk;
using Livepeer.TestSupport.Media;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>The official @livepeer/ai SDK against the gateway, over the paid path to the real ONNX models.</summary>
[Collection(AiNodeCollection.Name)]
public sealed class AiSdkTests(AiNode node)
{
    [Fact]
    public async Task Image_to_text_reads_the_text_of_a_generated_image()
    {
        var image = await TempFile(await TextImages.PngAsync("LIVEPEER 2024"), "png");
        var outcomes = await SdkCalls.RunAsync(node.Open.Url,
        [
            new { op = "imageToText", file = image },
            new { op = "imageToText", file = image, modelId = "paddleocr/pp-ocrv4-ch" },
        ]);
        foreach (var outcome in outcomes)
        {
            var text = SdkCalls.Result(outcome).GetProperty("text").GetString()!;
            Assert.Equal("LIVEPEER2024", text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        }
    }

    [Fact]
    public async Task Upscale_returns_an_image_twice_the_size()
    {
        var image = await TempFile(await TextImages.PatternAsync(96, 64), "png");
        var outcome = Assert.Single(await SdkCalls.RunAsync(node.Open.Url, [new { op = "upscale", file = image }]));
        var media = Assert.Single(SdkCalls.Result(outcome).GetProperty("images").EnumerateArray());
        var url = new Uri(media.GetProperty("url").GetString()!);
        Assert.Equal(node.Open.Url.Authority, url.Authority);
        Assert.StartsWith("/media/ai/", url.AbsolutePath, StringComparison.Ordinal);
        using var http = node.Open.CreateClient();
        var bytes = await http.GetByteArrayAsync(url);
        Assert.True(ImageInfo.TryRead(bytes, out var upscaled, out var error), error);
        Assert.Equal(("PNG", 192, 128), (upscaled.Format, upscaled.Width, upscaled.Height));
    }

    [Fact]
    public async Task Unserved_pipeline_and_unknown_model_are_errors_the_sdk_parses()
    {
        var image = await TempFile(await TextImages.PatternAsync(32, 32), "png");
        var outcomes = await SdkCalls.RunAsync(node.Open.Url,
        [
            new { op = "textToImage", prompt = "a lighthouse" },
            new { op = "imageToText", file = image, modelId = "no/such-model" },
            new { op = "llm", text = "hello" },
        ]);
        // 503 is not in the SDK's typed list: it is an SDKError carrying the status and body.
        var noOrchestrator = SdkCalls.Error(outcomes[0]);
        Assert.Equal("SDKError", noOrchestrator.GetProperty("name").GetString());
        Assert.Equal(503, noOrchestrator.GetProperty("statusCode").GetInt32());
        Assert.Contains("no orchestrator offers text-to-image", noOrchestrator.GetProperty("message").GetString(), StringComparison.Ordinal);

        var unknownModel = SdkCalls.Error(outcomes[1]);
        Assert.Equal("HTTPError", unknownModel.GetProperty("name").GetString());
        Assert.Contains("unknown model 'no/such-model'", unknownModel.GetProperty("detail").GetProperty("msg").GetString(), StringComparison.Ordinal);
        Assert.Contains(StandardModelsText, unknownModel.GetProperty("detail").GetProperty("msg").GetString(), StringComparison.Ordinal);

        Assert.Contains("no orchestrator offers llm", SdkCalls.Error(outcomes[2]).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_a_400_the_sdk_parses()
    {
        var notImage = await TempFile("this is a text file, not a picture"u8.ToArray(), "txt");
        var outcome = Assert.Single(await SdkCalls.RunAsync(node.Open.Url, [new { op = "imageToText", file = notImage }]));
        var error = SdkCalls.Error(outcome);
        Assert.Equal("HTTPError", error.GetProperty("name").GetString());
        Assert.Contains("not an image", error.GetProperty("detail").GetProperty("msg").GetString(), StringComparison.Ordinal);
    }

    private const string StandardModelsText = "paddleocr/pp-ocrv4-ch";

    internal static async Task<string> TempFile(byte[] data, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lp-ai-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, data);
        return path;
    }
}
