namespace Livepeer.Protocol.Ai;

/// <summary>
/// One batch AI route (gateway-api.md §3.1, §3.3): its pipeline name (the route without the slash), the
/// capability it is selected and priced under, how its body comes, and its fields.
/// </summary>
/// <param name="SpecDefaultModel">go-livepeer's default model id for the pipeline (for reference and messages)</param>
/// <param name="ModelField">the field naming the model: <c>model_id</c>, or <c>model</c> for the LLM</param>
public sealed record AiPipeline(
    string Name,
    int Capability,
    string SpecDefaultModel,
    AiBodyKind Body,
    string ModelField,
    IReadOnlyList<AiField> Fields)
{
    /// <summary>The route, e.g. <c>/image-to-text</c>.</summary>
    public string Route => "/" + Name;

    /// <summary>The file field (<c>image</c> or <c>audio</c>); null for the JSON routes.</summary>
    public AiField? MediaField => Fields.FirstOrDefault(f => f.Type == AiFieldType.File);

    /// <summary>The job name of its paid work: <c>ai/&lt;pipeline&gt;</c>.</summary>
    public string JobName => AiPipelines.JobPrefix + Name;

    public AiField? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
