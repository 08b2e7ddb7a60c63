namespace Livepeer.Gateway.Api.Ai;

/// <summary>segment-anything-2: masks, scores and logits as stringified arrays.</summary>
public sealed record MasksResponse(string Masks, string Scores, string Logits);
