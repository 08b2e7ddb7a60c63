using System.Net;
using Livepeer.TestSupport.Media;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>Bad requests get a clear 4xx in the shapes the SDK parses, and the node keeps serving.</summary>
[Collection(AiNodeCollection.Name)]
public sealed class AiBadInputTests(AiNode node)
{
    [Fact]
    public async Task Missing_fields_are_422_with_their_locations()
    {
        using var http = node.Open.CreateClient();
        var (status, body) = await AiHttp.PostAsync(http, "/upscale", AiHttp.Form(null, null, ("model_id", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["body.prompt: value_error.missing", "body.image: value_error.missing"], AiHttp.Violations(body));

        (status, body) = await AiHttp.PostAsync(http, "/llm", AiHttp.Json("""{"model":""}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["body.messages: value_error.missing"], AiHttp.Violations(body));
    }

    [Fact]
    public async Task Wrong_types_are_422()
    {
        using var http = node.Open.CreateClient();
        var png = await TextImages.PatternAsync(32, 32);
        var (status, body) = await AiHttp.PostAsync(http, "/upscale", AiHttp.Form("image", png, ("prompt", "x"), ("seed", "abc"), ("safety_check", "maybe")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["body.safety_check: type_error.bool", "body.seed: type_error.integer"], AiHttp.Violations(body));

        (status, body) = await AiHttp.PostAsync(http, "/text-to-image", AiHttp.Json("""{"prompt":{"text":"x"},"height":"tall","width":-4}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["body.prompt: type_error.str", "body.height: type_error.integer", "body.width: value_error.number.not_ge"], AiHttp.Violations(body));

        (status, body) = await AiHttp.PostAsync(http, "/llm", AiHttp.Json("""{"messages":"hello"}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["body.messages: type_error.list"], AiHttp.Violations(body));

        (status, body) = await AiHttp.PostAsync(http, "/text-to-speech", AiHttp.Json("""{"text": "unterminated"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Single(AiHttp.Violations(body), v => v.EndsWith("value_error.jsondecode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Non_image_empty_file_and_wrong_body_kind_are_refused_with_reasons()
    {
        using var http = node.Open.CreateClient();
        var (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Form("image", "%PDF-1.7 not an image"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not an image", AiHttp.ErrorMessage(body), StringComparison.Ordinal);

        (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Form("image", []));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["body.image: value_error.empty_file"], AiHttp.Violations(body));

        (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Json("""{"image":"x"}"""));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("multipart/form-data", AiHttp.ErrorMessage(body), StringComparison.Ordinal);

        // A PNG header claiming 10000x10000 is refused before anything is paid for or decoded.
        var huge = await TextImages.PatternAsync(16, 16);
        huge[16..24].AsSpan().Clear();
        huge[18] = 0x27;
        huge[19] = 0x10;
        huge[22] = 0x27;
        huge[23] = 0x10;
        (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Form("image", huge));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("10000x10000", AiHttp.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_50_MB_image_is_413_and_the_node_keeps_serving()
    {
        using var http = node.Open.CreateClient();
        var big = new byte[50 * 1024 * 1024];
        (await TextImages.PatternAsync(16, 16)).CopyTo(big, 0);
        var (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Form("image", big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than this gateway takes", AiHttp.ErrorMessage(body), StringComparison.Ordinal);

        var png = await TextImages.PngAsync("OK 7");
        (status, body) = await AiHttp.PostAsync(http, "/image-to-text", AiHttp.Form("image", png));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("OK7", body.GetProperty("text").GetString()!.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_model_is_400_and_an_unserved_pipeline_503()
    {
        using var http = node.Open.CreateClient();
        var png = await TextImages.PatternAsync(32, 32);
        var (status, body) = await AiHttp.PostAsync(http, "/upscale", AiHttp.Form("image", png, ("prompt", "x"), ("model_id", "stabilityai/stable-diffusion-x4-upscaler")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("unknown model 'stabilityai/stable-diffusion-x4-upscaler'", AiHttp.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Contains("livepeer/resize-2x", AiHttp.ErrorMessage(body), StringComparison.Ordinal);

        (status, body) = await AiHttp.PostAsync(http, "/segment-anything-2", AiHttp.Form("image", png));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("no orchestrator offers segment-anything-2", AiHttp.ErrorMessage(body), StringComparison.Ordinal);

        (status, body) = await AiHttp.PostAsync(http, "/text-to-speech", AiHttp.Json("""{"model_id":"","text":""}"""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("non-empty text", AiHttp.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Async_image_to_video_is_accepted_then_polled_to_its_result()
    {
        using var http = node.Open.CreateClient();
        var png = await TextImages.PatternAsync(32, 32);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("image-to-video", UriKind.Relative)) { Content = AiHttp.Form("image", png) };
        request.Headers.Add("Prefer", "respond-async");
        using var accepted = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        using var document = System.Text.Json.JsonDocument.Parse(await accepted.Content.ReadAsStringAsync());
        var id = document.RootElement.GetProperty("request_id").GetString()!;

        var deadline = DateTime.UtcNow.AddSeconds(30);
        (HttpStatusCode Status, System.Text.Json.JsonElement Body) poll;
        do
        {
            poll = await AiHttp.PostAsync(http, "/image-to-video/result", AiHttp.Json($$"""{"request_id":"{{id}}"}"""));
            Assert.Contains(poll.Status, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted });
        }
        while (poll.Status == HttpStatusCode.Accepted && DateTime.UtcNow < deadline && await Task.Delay(100).ContinueWith(_ => true));
        Assert.Equal(HttpStatusCode.OK, poll.Status);
        Assert.Equal("complete", poll.Body.GetProperty("status").GetString());
        var result = poll.Body.GetProperty("result");
        Assert.Empty(result.GetProperty("images").EnumerateArray());
        Assert.StartsWith("no orchestrator offers image-to-video", result.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);

        var (status, body) = await AiHttp.PostAsync(http, "/image-to-video/result", AiHttp.Json("""{"request_id":"0123456789abcdef"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid request ID", AiHttp.ErrorMessage(body));
    }
}
