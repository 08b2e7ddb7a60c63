namespace Livepeer.Protocol.Ai;

/// <summary>
/// One schema violation of an AI request, as FastAPI reports it (the 422 <c>detail</c> items the SDK parses):
/// <c>loc</c> = ["body", field, (index, key)…], a message and a pydantic error type.
/// </summary>
/// <param name="Location">strings and integers</param>
public sealed record AiValidationProblem(IReadOnlyList<object> Location, string Message, string Type)
{
    public const string Missing = "value_error.missing";

    /// <summary>"body.height: value is not a valid integer", for logs and the plain-text message.</summary>
    public override string ToString() => $"{string.Join('.', Location)}: {Message}";
}
