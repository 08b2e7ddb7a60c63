using System.Text.Json;
using Livepeer.Protocol.Ai;

namespace Livepeer.Protocol.Tests.Ai;

public sealed class AiRequestParserTests
{
    private static readonly IReadOnlyList<AiMediaFile> NoFiles = [];

    [Fact]
    public void Json_request_keeps_given_fields_in_canonical_form()
    {
        var result = Json(AiPipelines.TextToImage, """{"prompt":"a cat","model_id":" sd-turbo ","height":256,"width":512,"guidance_scale":7.5,"safety_check":false,"extra":"ignored"}""");
        Assert.True(result.Succeeded, result.Summary);
        var request = result.Request;
        Assert.Equal("sd-turbo", request.ModelId);
        Assert.Equal("a cat", request.Text("prompt"));
        Assert.Equal(256, request.Integer("height"));
        Assert.Equal("7.5", request.Text("guidance_scale"));
        Assert.False(request.Flag("safety_check"));
        Assert.False(request.Parameters.ContainsKey("extra"));
        Assert.False(request.Parameters.ContainsKey("model_id"));
    }

    [Theory]
    [InlineData("""{"prompt":"x","model_id":""}""")]
    [InlineData("""{"prompt":"x"}""")]
    [InlineData("""{"prompt":"x","model_id":null}""")]
    public void Empty_or_absent_model_id_means_the_default(string body)
    {
        var result = Json(AiPipelines.TextToImage, body);
        Assert.True(result.Succeeded, result.Summary);
        Assert.True(result.Request.UsesDefaultModel);
    }

    [Fact]
    public void Every_violation_is_reported_with_its_location_and_type()
    {
        var result = Json(AiPipelines.TextToImage, """{"height":"tall","width":0,"safety_check":"yes","num_images_per_prompt":1.5,"seed":12}""");
        Assert.False(result.Succeeded);
        var byField = result.Problems.ToDictionary(p => (string)p.Location[1]);
        Assert.All(result.Problems, p => Assert.Equal("body", p.Location[0]));
        Assert.Equal(AiValidationProblem.Missing, byField["prompt"].Type);
        Assert.Equal("type_error.integer", byField["height"].Type);
        Assert.Equal("value_error.number.not_ge", byField["width"].Type);
        Assert.Equal("type_error.bool", byField["safety_check"].Type);
        Assert.Equal("type_error.integer", byField["num_images_per_prompt"].Type);
        Assert.Equal(5, result.Problems.Count);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public void A_json_body_that_is_not_an_object_is_one_violation(string body)
    {
        var result = Json(AiPipelines.Llm, body);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("type_error.dict", problem.Type);
    }

    [Fact]
    public void Llm_messages_are_checked_item_by_item()
    {
        var ok = Json(AiPipelines.Llm, """{"messages":[{"role":"user","content":"hi","name":"x"}],"model":"","max_tokens":5,"stream":true}""");
        Assert.True(ok.Succeeded, ok.Summary);
        Assert.Equal("""[{"role":"user","content":"hi"}]""", ok.Request.Text("messages"));
        Assert.True(ok.Request.Flag("stream"));

        var bad = Json(AiPipelines.Llm, """{"messages":[{"role":"user"},{"role":1,"content":"x"},"text"]}""");
        Assert.Equal(
            ["body.messages.0.content", "body.messages.1.role", "body.messages.2"],
            bad.Problems.Select(p => string.Join('.', p.Location)));
        Assert.Equal("value_error.list.min_items", Assert.Single(Json(AiPipelines.Llm, """{"messages":[]}""").Problems).Type);
        Assert.Equal("type_error.list", Assert.Single(Json(AiPipelines.Llm, """{"messages":"hello"}""").Problems).Type);
    }

    [Fact]
    public void Form_fields_are_parsed_from_text()
    {
        var image = new AiMediaFile("image", "cat.png", "application/octet-stream", MediaHeaders.Png(8, 8));
        var result = AiRequestParser.ParseForm(AiPipelines.Upscale,
            new Dictionary<string, string> { ["prompt"] = "sharper", ["safety_check"] = "False", ["seed"] = " 42 ", ["model_id"] = "" },
            [image]);
        Assert.True(result.Succeeded, result.Summary);
        Assert.Same(image, result.Request.Media);
        Assert.Equal("false", result.Request.Text("safety_check"));
        Assert.Equal(42, result.Request.Integer("seed"));
    }

    [Fact]
    public void Form_without_the_file_or_with_text_in_its_place_is_a_violation()
    {
        var missing = AiRequestParser.ParseForm(AiPipelines.ImageToText, new Dictionary<string, string>(), NoFiles);
        Assert.Equal(AiValidationProblem.Missing, Assert.Single(missing.Problems).Type);
        var text = AiRequestParser.ParseForm(AiPipelines.ImageToText, new Dictionary<string, string> { ["image"] = "not a file" }, NoFiles);
        Assert.Equal("type_error.upload", Assert.Single(text.Problems).Type);
        var empty = AiRequestParser.ParseForm(AiPipelines.ImageToText, new Dictionary<string, string>(), [new AiMediaFile("image", "x.png", "image/png", [])]);
        Assert.Equal("value_error.empty_file", Assert.Single(empty.Problems).Type);
    }

    [Fact]
    public void Choices_and_model_id_length_are_enforced()
    {
        var audio = new AiMediaFile("audio", "a.wav", "audio/wav", MediaHeaders.Wav(32_000, 64_000));
        var choice = AiRequestParser.ParseForm(AiPipelines.AudioToText, new Dictionary<string, string> { ["return_timestamps"] = "always" }, [audio]);
        Assert.Equal("value_error.const", Assert.Single(choice.Problems).Type);
        var longModel = AiRequestParser.ParseForm(AiPipelines.AudioToText, new Dictionary<string, string> { ["model_id"] = new string('m', 300) }, [audio]);
        Assert.Equal("value_error.any_str.max_length", Assert.Single(longModel.Problems).Type);
    }

    [Fact]
    public void Payload_round_trips_through_the_orchestrator_parser()
    {
        var image = MediaHeaders.Png(20, 10);
        var gateway = AiRequestParser.ParseForm(AiPipelines.ImageToText,
            new Dictionary<string, string> { ["model_id"] = "ocr", ["prompt"] = "read \"this\"" },
            [new AiMediaFile("image", "x.png", "application/octet-stream", image)]);
        Assert.True(gateway.Succeeded, gateway.Summary);
        var orchestrator = AiRequestParser.ParsePayload(AiPipelines.ImageToText, gateway.Request.ToPayloadJson(), image);
        Assert.True(orchestrator.Succeeded, orchestrator.Summary);
        Assert.Equal("ocr", orchestrator.Request.ModelId);
        Assert.Equal(gateway.Request.Parameters, orchestrator.Request.Parameters);
        Assert.Equal(image, orchestrator.Request.Media!.Data);

        var llm = Json(AiPipelines.Llm, """{"messages":[{"role":"user","content":"hi"}],"temperature":0.5}""").Request!;
        var back = AiRequestParser.ParsePayload(AiPipelines.Llm, llm.ToPayloadJson(), ReadOnlyMemory<byte>.Empty);
        Assert.True(back.Succeeded, back.Summary);
        Assert.Equal(llm.Parameters, back.Request.Parameters);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"prompt":5}""")]
    public void A_broken_payload_is_refused(string json)
    {
        Assert.False(AiRequestParser.ParsePayload(AiPipelines.ImageToText, json, MediaHeaders.Png(1, 1)).Succeeded);
    }

    [Fact]
    public void Catalogue_covers_the_batch_routes_with_their_capabilities()
    {
        Assert.Equal(
            ["text-to-image", "image-to-image", "image-to-video", "upscale", "audio-to-text", "segment-anything-2", "llm", "image-to-text", "text-to-speech"],
            AiPipelines.All.Select(p => p.Name));
        Assert.All(AiPipelines.All, p => Assert.Equal(p.Name, Livepeer.Protocol.Selection.Capability.Name(p.Capability)));
        Assert.All(AiPipelines.All, p => Assert.Equal(p.Body == AiBodyKind.Multipart, p.MediaField is not null));
        Assert.Same(AiPipelines.Upscale, AiPipelines.FromJobName("ai/upscale"));
        Assert.Null(AiPipelines.FromJobName("transcode"));
        Assert.Null(AiPipelines.FromJobName("ai/live-video-to-video"));
    }

    private static AiParseResult Json(AiPipeline pipeline, string body)
    {
        using var document = JsonDocument.Parse(body);
        return AiRequestParser.ParseJson(pipeline, document.RootElement);
    }
}
