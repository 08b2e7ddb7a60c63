namespace Livepeer.Protocol.Ai;

/// <summary>One request field of an AI route.</summary>
/// <param name="Name">the API name, e.g. <c>num_images_per_prompt</c></param>
/// <param name="Required">required in the schema (a request without it is a 422)</param>
/// <param name="Min">smallest value an integer or number may have; null for none</param>
/// <param name="Max">largest value an integer or number may have; null for none</param>
/// <param name="Choices">the only values a string may have; null for any</param>
public sealed record AiField(
    string Name,
    AiFieldType Type,
    bool Required = false,
    double? Min = null,
    double? Max = null,
    IReadOnlyList<string>? Choices = null);
