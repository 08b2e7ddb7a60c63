namespace Livepeer.Gateway.Api.Ai;

/// <summary>The ai-runner/SDK error object (<c>HTTPError.detail</c>): <c>{"msg": …}</c>.</summary>
public sealed record AiErrorDetail(string Msg);
