using System.Text.Json.Serialization;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>One choice: <c>message</c> in a whole answer, <c>delta</c> in a streamed chunk.</summary>
public sealed record LlmChoice(
    int Index,
    [property: JsonPropertyName("finish_reason")] string FinishReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LlmMessage? Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LlmMessage? Delta);
