using System.Text.Json.Serialization;

namespace Livepeer.Gateway.Api.Ai;

public sealed record LlmUsage(
    [property: JsonPropertyName("prompt_tokens")] int PromptTokens,
    [property: JsonPropertyName("completion_tokens")] int CompletionTokens,
    [property: JsonPropertyName("total_tokens")] int TotalTokens);
