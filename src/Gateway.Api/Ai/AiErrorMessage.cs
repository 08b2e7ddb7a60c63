namespace Livepeer.Gateway.Api.Ai;

/// <summary>go-livepeer's error object: <c>{"message": …}</c>.</summary>
public sealed record AiErrorMessage(string Message);
