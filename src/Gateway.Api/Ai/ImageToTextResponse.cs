namespace Livepeer.Gateway.Api.Ai;

public sealed record ImageToTextResponse(string Text);
