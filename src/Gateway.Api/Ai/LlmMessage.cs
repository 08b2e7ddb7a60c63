namespace Livepeer.Gateway.Api.Ai;

public sealed record LlmMessage(string Role, string Content);
