using System.Globalization;
using System.Text.Json;

namespace Livepeer.Protocol.Ai;

/// <summary>
/// A batch AI request that passed its schema: the model asked for ("" = the pipeline's default), every
/// other field that was given in its canonical text form (integers and numbers in invariant culture,
/// booleans "true"/"false", the LLM's messages as compact JSON), and the uploaded file.
/// </summary>
public sealed record AiRequest(AiPipeline Pipeline, string ModelId, IReadOnlyDictionary<string, string> Parameters, AiMediaFile? Media)
{
    public bool UsesDefaultModel => ModelId.Length == 0;

    public string? Text(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    public int? Integer(string name) =>
        Parameters.TryGetValue(name, out var value) && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed) ? parsed : null;

    public bool? Flag(string name) => Parameters.TryGetValue(name, out var value) ? value == "true" : null;

    /// <summary>The same request with one more (or a replaced) parameter.</summary>
    public AiRequest With(string name, string value) =>
        this with { Parameters = new Dictionary<string, string>(Parameters, StringComparer.Ordinal) { [name] = value } };

    /// <summary>
    /// The parameters as the JSON object a paid job carries (<c>WorkPayload.Parameters</c>): the model field
    /// and every given field, all as strings. <see cref="AiRequestParser.ParsePayload"/> reads it back.
    /// </summary>
    public string ToPayloadJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(Pipeline.ModelField, ModelId);
            foreach (var (name, value) in Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteString(name, value);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
