using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Livepeer.Protocol.Ai;

namespace Livepeer.Grains.Remote;

/// <summary>
/// An AI request in the ai-runner format orchestrators take (gateway-api.md §3.3): JSON with typed values for the
/// JSON routes, multipart/form-data with the file for the others. Built from the canonical <see cref="AiRequest"/>.
/// </summary>
public static class AiRunnerRequest
{
    public static HttpContent Build(AiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = request.Pipeline;
        var values = new List<(AiField Field, string Value)>();
        foreach (var field in pipeline.Fields)
        {
            if (field.Name == pipeline.ModelField)
            {
                values.Add((field, request.ModelId));
            }
            else if (request.Parameters.TryGetValue(field.Name, out var value))
            {
                values.Add((field, value));
            }
        }
        if (pipeline.Body == AiBodyKind.Json)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                foreach (var (field, value) in values)
                {
                    json.WritePropertyName(field.Name);
                    WriteTyped(json, field, value);
                }
                json.WriteEndObject();
            }
            return new ByteArrayContent(buffer.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        }
        var form = new MultipartFormDataContent();
        foreach (var (field, value) in values)
        {
            if (field.Type != AiFieldType.File)
            {
                form.Add(new StringContent(value, Encoding.UTF8), field.Name);
            }
        }
        if (request.Media is { } media)
        {
            var file = new ByteArrayContent(media.Data);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, media.Field, media.FileName.Length > 0 ? media.FileName : media.Field);
        }
        return form;
    }

    private static void WriteTyped(Utf8JsonWriter json, AiField field, string value)
    {
        switch (field.Type)
        {
            case AiFieldType.Integer when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer):
                json.WriteNumberValue(integer);
                break;
            case AiFieldType.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number):
                json.WriteNumberValue(number);
                break;
            case AiFieldType.Boolean:
                json.WriteBooleanValue(value == "true");
                break;
            case AiFieldType.Messages:
                using (var document = JsonDocument.Parse(value))
                {
                    document.RootElement.WriteTo(json);
                }
                break;
            default:
                json.WriteStringValue(value);
                break;
        }
    }
}
