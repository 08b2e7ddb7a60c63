namespace Livepeer.Gateway.Api.Ai;

/// <summary>audio-to-text: the transcript and its timed chunks.</summary>
public sealed record TextResponse(string Text, IReadOnlyList<TextChunk> Chunks);
