namespace Livepeer.Gateway.Api.Ai;

/// <summary>ai-runner's <c>Media</c>: a produced image or video.</summary>
public sealed record MediaItem(string Url, long Seed, bool Nsfw);
