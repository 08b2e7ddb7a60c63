namespace Livepeer.Gateway.Api.Ai;

/// <summary>ai-runner's <c>LLMResponse</c>, also the body of each streamed chunk.</summary>
public sealed record LlmResponse(string Id, string Model, long Created, LlmUsage Usage, IReadOnlyList<LlmChoice> Choices);
