namespace Livepeer.Gateway.Api.Ai;

public sealed record MediaUrl(string Url);
