using System.Globalization;
using System.Text;
using System.Text.Json;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Ai;

namespace Livepeer.Grains.Wire;

/// <summary>
/// The ai-runner JSON an orchestrator answers AI requests with (gateway-api.md §3.3 "Responses"), built from
/// this cluster's AI work output (artifacts + the AI job handler's metadata: model_id, text, media), and read
/// back by a gateway into work output. The metadata also travels verbatim under "livepeer" (unknown fields are
/// ignored by go-livepeer), so two of our nodes lose nothing.
/// </summary>
public static class AiRunnerResponse
{
    public const string MetadataField = "livepeer";

    /// <summary>The response for <paramref name="output"/>; <paramref name="urlOf"/> gives each artifact's download URL.</summary>
    public static string Build(AiPipeline pipeline, WorkOutput output, Func<WorkArtifact, string> urlOf, string requestId, long seed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(urlOf);
        var (model, text) = ReadMetadata(output.Metadata);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            switch (pipeline.Name)
            {
                case "audio-to-text":
                    json.WriteString("text", text ?? "");
                    json.WriteStartArray("chunks");
                    json.WriteStartObject();
                    json.WriteStartArray("timestamp");
                    json.WriteNumberValue(0);
                    json.WriteNumberValue(0);
                    json.WriteEndArray();
                    json.WriteString("text", text ?? "");
                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
                case "image-to-text":
                    json.WriteString("text", text ?? "");
                    break;
                case "segment-anything-2":
                    json.WriteString("masks", text ?? "[]");
                    json.WriteString("scores", "[]");
                    json.WriteString("logits", "[]");
                    break;
                case "llm":
                    json.WriteString("id", requestId);
                    json.WriteString("model", model);
                    json.WriteNumber("created", now.ToUnixTimeSeconds());
                    json.WriteStartObject("usage");
                    json.WriteNumber("prompt_tokens", 0);
                    json.WriteNumber("completion_tokens", 0);
                    json.WriteNumber("total_tokens", 0);
                    json.WriteEndObject();
                    json.WriteStartArray("choices");
                    json.WriteStartObject();
                    json.WriteNumber("index", 0);
                    json.WriteString("finish_reason", "stop");
                    json.WriteStartObject("message");
                    json.WriteString("role", "assistant");
                    json.WriteString("content", text ?? "");
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
                case "text-to-speech":
                    json.WriteStartObject("audio");
                    json.WriteString("url", output.Artifacts.Count > 0 ? urlOf(output.Artifacts[0]) : "");
                    json.WriteEndObject();
                    break;
                default:
                    json.WriteStartArray("images");
                    foreach (var artifact in output.Artifacts)
                    {
                        json.WriteStartObject();
                        json.WriteString("url", urlOf(artifact));
                        json.WriteNumber("seed", seed);
                        json.WriteBoolean("nsfw", false);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    break;
            }
            json.WritePropertyName(MetadataField);
            json.WriteStartObject();
            json.WriteString("units", output.Units.ToString(CultureInfo.InvariantCulture));
            json.WritePropertyName("metadata");
            WriteRaw(json, output.Metadata);
            json.WriteStartArray("artifacts");
            foreach (var artifact in output.Artifacts)
            {
                json.WriteStartObject();
                json.WriteString("name", artifact.Name);
                json.WriteString("content_type", artifact.ContentType);
                json.WriteString("url", urlOf(artifact));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// What a response asks the gateway to download (artifact name, URL, content type when stated), the output's
    /// metadata (ours verbatim when present, otherwise rebuilt from the standard fields: model_id "", text, media
    /// names) and the units the orchestrator debited when it says (ours does). Throws <see cref="FormatException"/>
    /// for a body that is not such a response.
    /// </summary>
    public static (IReadOnlyList<(string Name, string Url, string? ContentType)> Media, string Metadata, System.Numerics.BigInteger? Units) Read(AiPipeline pipeline, string body)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the orchestrator's AI response is not a JSON object");
            }
            if (root.TryGetProperty(MetadataField, out var ours) && ours.ValueKind == JsonValueKind.Object
                && ours.TryGetProperty("metadata", out var metadata) && ours.TryGetProperty("artifacts", out var artifacts))
            {
                var media = artifacts.EnumerateArray()
                    .Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("url").GetString()!, a.TryGetProperty("content_type", out var t) ? t.GetString() : null))
                    .ToList();
                System.Numerics.BigInteger? units = ours.TryGetProperty("units", out var u) && u.ValueKind == JsonValueKind.String
                    && System.Numerics.BigInteger.TryParse(u.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
                return (media, metadata.GetRawText(), units);
            }
            var (standardMedia, standardMetadata) = Standard(pipeline, root);
            return (standardMedia, standardMetadata, null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"the orchestrator's AI response is malformed: {e.Message}", e);
        }
    }

    private static (IReadOnlyList<(string, string, string?)>, string) Standard(AiPipeline pipeline, JsonElement root)
    {
        var media = new List<(string, string, string?)>();
        string? text = null;
        switch (pipeline.Name)
        {
            case "audio-to-text" or "image-to-text":
                text = root.GetProperty("text").GetString();
                break;
            case "segment-anything-2":
                text = root.GetProperty("masks").GetString();
                break;
            case "llm":
                text = root.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
                break;
            case "text-to-speech":
                media.Add(("audio-0.wav", root.GetProperty("audio").GetProperty("url").GetString()!, null));
                break;
            default:
                int index = 0;
                foreach (var image in root.GetProperty("images").EnumerateArray())
                {
                    var kind = pipeline.Name == "image-to-video" ? "video" : "image";
                    media.Add((string.Create(CultureInfo.InvariantCulture, $"{kind}-{index++}"), image.GetProperty("url").GetString()!, null));
                }
                break;
        }
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model_id", "");
            if (text is not null)
            {
                json.WriteString("text", text);
            }
            json.WriteStartArray("media");
            foreach (var (name, _, _) in media)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteNumber("width", 0);
                json.WriteNumber("height", 0);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (media, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static (string Model, string? Text) ReadMetadata(string metadata)
    {
        try
        {
            using var document = JsonDocument.Parse(metadata);
            var root = document.RootElement;
            var model = root.TryGetProperty("model_id", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return (model, text);
        }
        catch (JsonException)
        {
            return ("", null);
        }
    }

    private static void WriteRaw(Utf8JsonWriter json, string metadata)
    {
        try
        {
            using var document = JsonDocument.Parse(metadata);
            document.RootElement.WriteTo(json);
        }
        catch (JsonException)
        {
            json.WriteStartObject();
            json.WriteEndObject();
        }
    }
}
