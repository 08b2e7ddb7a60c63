using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Livepeer.Protocol.Ai;

/// <summary>
/// Checks an AI request against its route's schema and brings it into canonical form (<see cref="AiRequest"/>).
/// JSON bodies are typed strictly (a string where an integer belongs is a violation); multipart fields are
/// text, so they are parsed. Unknown fields are ignored, as FastAPI does. Every violation is reported, not
/// just the first, in the shape of FastAPI's 422 detail. What the uploaded file contains is checked later
/// (<see cref="AiInputInspector"/>).
/// </summary>
public static class AiRequestParser
{
    /// <summary>Longest model id accepted (the price book's limit).</summary>
    public const int MaxModelIdLength = 256;

    /// <summary>Most LLM messages one request may carry.</summary>
    public const int MaxMessages = 1_000;

    private const string Body = "body";

    /// <summary>A JSON route's body.</summary>
    public static AiParseResult ParseJson(AiPipeline pipeline, JsonElement root)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed(new AiValidationProblem([Body], "value is not a valid dict", "type_error.dict"));
        }
        var problems = new List<AiValidationProblem>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in pipeline.Fields)
        {
            if (!root.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                AddMissing(field, problems);
                continue;
            }
            if (field.Type == AiFieldType.File)
            {
                problems.Add(new AiValidationProblem([Body, field.Name], "a file must be uploaded as multipart/form-data", "type_error.upload"));
                continue;
            }
            if (FromJson(field, value, problems) is { } text)
            {
                values[field.Name] = text;
            }
        }
        return Finish(pipeline, values, null, problems);
    }

    /// <summary>A multipart route's text fields (name → value; the first of repeated names) and uploaded files.</summary>
    public static AiParseResult ParseForm(AiPipeline pipeline, IReadOnlyDictionary<string, string> fields, IReadOnlyList<AiMediaFile> files)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<AiValidationProblem>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        AiMediaFile? media = null;
        foreach (var field in pipeline.Fields)
        {
            if (field.Type == AiFieldType.File)
            {
                media = files.FirstOrDefault(f => string.Equals(f.Field, field.Name, StringComparison.Ordinal));
                if (media is null)
                {
                    problems.Add(fields.ContainsKey(field.Name)
                        ? new AiValidationProblem([Body, field.Name], "expected an uploaded file, got a text field", "type_error.upload")
                        : new AiValidationProblem([Body, field.Name], "field required", AiValidationProblem.Missing));
                }
                else if (media.Data.Length == 0)
                {
                    problems.Add(new AiValidationProblem([Body, field.Name], "the uploaded file is empty", "value_error.empty_file"));
                }
                continue;
            }
            if (!fields.TryGetValue(field.Name, out var text))
            {
                AddMissing(field, problems);
                continue;
            }
            if (FromText(field, text, problems) is { } canonical)
            {
                values[field.Name] = canonical;
            }
        }
        return Finish(pipeline, values, media, problems);
    }

    /// <summary>
    /// A paid job's parameters (<see cref="AiRequest.ToPayloadJson"/>: all values strings) and input file,
    /// as the orchestrator receives them: checked again, since it trusts no gateway.
    /// </summary>
    public static AiParseResult ParsePayload(AiPipeline pipeline, string parametersJson, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(parametersJson);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(parametersJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed(new AiValidationProblem([Body], "the job's parameters are not a JSON object", "type_error.dict"));
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    return Failed(new AiValidationProblem([Body, property.Name], "the job's parameters must all be strings", "type_error.str"));
                }
                fields.TryAdd(property.Name, property.Value.GetString()!);
            }
        }
        catch (JsonException e)
        {
            return Failed(new AiValidationProblem([Body], $"the job's parameters are not JSON: {e.Message}", "value_error.jsondecode"));
        }
        var files = pipeline.MediaField is { } media && !body.IsEmpty
            ? new[] { new AiMediaFile(media.Name, media.Name, "application/octet-stream", body.ToArray()) }
            : [];
        return ParseForm(pipeline, fields, files);
    }

    private static void AddMissing(AiField field, List<AiValidationProblem> problems)
    {
        if (field.Required)
        {
            problems.Add(new AiValidationProblem([Body, field.Name], "field required", AiValidationProblem.Missing));
        }
    }

    private static AiParseResult Finish(AiPipeline pipeline, Dictionary<string, string> values, AiMediaFile? media, List<AiValidationProblem> problems)
    {
        var modelId = values.Remove(pipeline.ModelField, out var model) ? model.Trim() : "";
        if (modelId.Length > MaxModelIdLength)
        {
            problems.Add(new AiValidationProblem([Body, pipeline.ModelField],
                Invariant($"ensure this value has at most {MaxModelIdLength} characters"), "value_error.any_str.max_length"));
        }
        return problems.Count > 0 ? new AiParseResult(null, problems) : new AiParseResult(new AiRequest(pipeline, modelId, values, media), []);
    }

    private static AiParseResult Failed(AiValidationProblem problem) => new(null, [problem]);

    private static string? FromJson(AiField field, JsonElement value, List<AiValidationProblem> problems)
    {
        object[] loc = [Body, field.Name];
        switch (field.Type)
        {
            case AiFieldType.String:
                if (value.ValueKind != JsonValueKind.String)
                {
                    problems.Add(new AiValidationProblem(loc, "str type expected", "type_error.str"));
                    return null;
                }
                return CheckChoice(field, value.GetString()!, problems);
            case AiFieldType.Integer:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long integer))
                {
                    problems.Add(new AiValidationProblem(loc, "value is not a valid integer", "type_error.integer"));
                    return null;
                }
                return CheckRange(field, integer, problems) ? integer.ToString(CultureInfo.InvariantCulture) : null;
            case AiFieldType.Number:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || !double.IsFinite(number))
                {
                    problems.Add(new AiValidationProblem(loc, "value is not a valid float", "type_error.float"));
                    return null;
                }
                return CheckRange(field, number, problems) ? number.ToString("R", CultureInfo.InvariantCulture) : null;
            case AiFieldType.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add(new AiValidationProblem(loc, "value could not be parsed to a boolean", "type_error.bool"));
                    return null;
                }
                return value.GetBoolean() ? "true" : "false";
            case AiFieldType.Messages:
                return Messages(field, value, problems);
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unknown field type");
        }
    }

    private static string? FromText(AiField field, string text, List<AiValidationProblem> problems)
    {
        object[] loc = [Body, field.Name];
        switch (field.Type)
        {
            case AiFieldType.String:
                return CheckChoice(field, text, problems);
            case AiFieldType.Integer:
                if (!long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
                {
                    problems.Add(new AiValidationProblem(loc, "value is not a valid integer", "type_error.integer"));
                    return null;
                }
                return CheckRange(field, integer, problems) ? integer.ToString(CultureInfo.InvariantCulture) : null;
            case AiFieldType.Number:
                if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
                {
                    problems.Add(new AiValidationProblem(loc, "value is not a valid float", "type_error.float"));
                    return null;
                }
                return CheckRange(field, number, problems) ? number.ToString("R", CultureInfo.InvariantCulture) : null;
            case AiFieldType.Boolean:
                switch (text.Trim().ToLowerInvariant())
                {
                    case "true" or "1" or "yes" or "on":
                        return "true";
                    case "false" or "0" or "no" or "off":
                        return "false";
                    default:
                        problems.Add(new AiValidationProblem(loc, "value could not be parsed to a boolean", "type_error.bool"));
                        return null;
                }
            case AiFieldType.Messages:
                try
                {
                    using var document = JsonDocument.Parse(text);
                    return Messages(field, document.RootElement, problems);
                }
                catch (JsonException)
                {
                    problems.Add(new AiValidationProblem(loc, "value is not a valid list", "type_error.list"));
                    return null;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unknown field type");
        }
    }

    private static string? Messages(AiField field, JsonElement value, List<AiValidationProblem> problems)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new AiValidationProblem([Body, field.Name], "value is not a valid list", "type_error.list"));
            return null;
        }
        int count = value.GetArrayLength();
        if (count == 0 || count > MaxMessages)
        {
            problems.Add(new AiValidationProblem([Body, field.Name],
                Invariant($"ensure this list has between 1 and {MaxMessages} items"), count == 0 ? "value_error.list.min_items" : "value_error.list.max_items"));
            return null;
        }
        int before = problems.Count;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            int index = 0;
            foreach (var message in value.EnumerateArray())
            {
                if (message.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new AiValidationProblem([Body, field.Name, index], "value is not a valid dict", "type_error.dict"));
                }
                else
                {
                    writer.WriteStartObject();
                    foreach (var key in (string[])["role", "content"])
                    {
                        if (!message.TryGetProperty(key, out var part) || part.ValueKind == JsonValueKind.Null)
                        {
                            problems.Add(new AiValidationProblem([Body, field.Name, index, key], "field required", AiValidationProblem.Missing));
                        }
                        else if (part.ValueKind != JsonValueKind.String)
                        {
                            problems.Add(new AiValidationProblem([Body, field.Name, index, key], "str type expected", "type_error.str"));
                        }
                        else
                        {
                            writer.WriteString(key, part.GetString());
                        }
                    }
                    writer.WriteEndObject();
                }
                index++;
            }
            writer.WriteEndArray();
        }
        return problems.Count == before ? Encoding.UTF8.GetString(buffer.ToArray()) : null;
    }

    private static string? CheckChoice(AiField field, string text, List<AiValidationProblem> problems)
    {
        if (field.Choices is { } choices && !choices.Contains(text, StringComparer.Ordinal))
        {
            problems.Add(new AiValidationProblem([Body, field.Name],
                $"unexpected value; permitted: {string.Join(", ", choices.Select(c => $"'{c}'"))}", "value_error.const"));
            return null;
        }
        return text;
    }

    private static bool CheckRange(AiField field, double value, List<AiValidationProblem> problems)
    {
        if (field.Min is { } min && value < min)
        {
            problems.Add(new AiValidationProblem([Body, field.Name], Invariant($"ensure this value is greater than or equal to {min}"), "value_error.number.not_ge"));
            return false;
        }
        if (field.Max is { } max && value > max)
        {
            problems.Add(new AiValidationProblem([Body, field.Name], Invariant($"ensure this value is less than or equal to {max}"), "value_error.number.not_le"));
            return false;
        }
        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
