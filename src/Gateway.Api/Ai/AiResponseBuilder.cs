using System.Globalization;
using System.Text.Json;
using Livepeer.AzureStorage.Blobs;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Ai;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>
/// Turns a completed job's output into its route's response: media are stored under
/// <c>ai/&lt;request id&gt;/&lt;name&gt;</c> and answered as URLs of <c>GET /media/ai/&lt;request id&gt;/&lt;name&gt;</c>;
/// text comes from the output's metadata (<c>text</c>, and for audio-to-text <c>chunks</c>; for
/// segment-anything-2 the text is the JSON object of masks, scores and logits).
/// </summary>
public sealed class AiResponseBuilder(IMediaStore media, TimeProvider clock)
{
    public const string MediaRoutePrefix = "/media/ai/";

    public async Task<AiOutcome> BuildAsync(AiRequest request, string requestId, WorkOutput output, string mediaBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        using var metadata = ParseMetadata(output.Metadata);
        var root = metadata.RootElement;
        var urls = new List<string>();
        foreach (var artifact in output.Artifacts)
        {
            await media.PutAsync(MediaPath.Combine("ai", requestId, artifact.Name), artifact.Data, artifact.ContentType, cancellationToken);
            urls.Add($"{mediaBase.TrimEnd('/')}{MediaRoutePrefix}{requestId}/{artifact.Name}");
        }
        string text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        string model = root.TryGetProperty("model_id", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : request.ModelId;
        long seed = long.TryParse(request.Text("seed"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long s) ? s : 0;
        object body;
        LlmResponse? llm = null;
        switch (request.Pipeline.Name)
        {
            case "text-to-image" or "image-to-image" or "upscale" or "image-to-video":
                if (urls.Count == 0)
                {
                    return AiOutcome.Failed(StatusCodes.Status500InternalServerError, $"the orchestrator's {request.Pipeline.Name} worker produced no media");
                }
                body = new ImageResponse([.. urls.Select(url => new MediaItem(url, seed, Nsfw: false))]);
                break;
            case "text-to-speech":
                if (urls.Count == 0)
                {
                    return AiOutcome.Failed(StatusCodes.Status500InternalServerError, "the orchestrator's text-to-speech worker produced no audio");
                }
                body = new AudioResponse(new MediaUrl(urls[0]));
                break;
            case "image-to-text":
                body = new ImageToTextResponse(text);
                break;
            case "audio-to-text":
                body = new TextResponse(text, Chunks(root));
                break;
            case "segment-anything-2":
                body = Masks(text);
                break;
            case "llm":
                llm = new LlmResponse(
                    $"chatcmpl-{requestId}", model, clock.GetUtcNow().ToUnixTimeSeconds(), Usage(root),
                    [new LlmChoice(0, "stop", new LlmMessage("assistant", text), null)]);
                body = llm;
                break;
            default:
                return AiOutcome.Failed(StatusCodes.Status500InternalServerError, $"no response shape for pipeline {request.Pipeline.Name}");
        }
        return new AiOutcome(StatusCodes.Status200OK, body, llm);
    }

    private static JsonDocument ParseMetadata(string metadata)
    {
        try
        {
            var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(metadata) ? "{}" : metadata);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }
            document.Dispose();
        }
        catch (JsonException)
        {
            // An orchestrator's metadata is informational: unreadable metadata leaves the text empty.
        }
        return JsonDocument.Parse("{}");
    }

    private static List<TextChunk> Chunks(JsonElement root)
    {
        var chunks = new List<TextChunk>();
        if (root.TryGetProperty("chunks", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var chunk in list.EnumerateArray())
            {
                if (chunk.ValueKind == JsonValueKind.Object
                    && chunk.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                    && chunk.TryGetProperty("timestamp", out var times) && times.ValueKind == JsonValueKind.Array)
                {
                    chunks.Add(new TextChunk([.. times.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Number).Select(x => x.GetDouble())], text.GetString()!));
                }
            }
        }
        return chunks;
    }

    private static LlmUsage Usage(JsonElement root)
    {
        if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
        {
            int Read(string name) => usage.TryGetProperty(name, out var v) && v.TryGetInt32(out int n) ? n : 0;
            return new LlmUsage(Read("prompt_tokens"), Read("completion_tokens"), Read("total_tokens"));
        }
        return new LlmUsage(0, 0, 0);
    }

    private static MasksResponse Masks(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            string Read(string name) => document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var v)
                ? (v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())
                : "[]";
            return new MasksResponse(Read("masks"), Read("scores"), Read("logits"));
        }
        catch (JsonException)
        {
            return new MasksResponse("[]", "[]", "[]");
        }
    }
}
