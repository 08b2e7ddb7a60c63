namespace Livepeer.Gateway.Api.Ai;

/// <summary>A timed piece of an audio-to-text transcript: <c>timestamp</c> = [start, end] seconds.</summary>
public sealed record TextChunk(IReadOnlyList<double> Timestamp, string Text);
