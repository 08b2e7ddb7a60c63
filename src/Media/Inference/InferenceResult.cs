namespace Livepeer.Media.Inference;

/// <summary>What a pipeline produced: media, text (image-to-text, audio-to-text, llm) or both.</summary>
/// <param name="Units">the priced units of the request (gateway-api.md §3.5), computed by the pipeline from what it actually did</param>
public sealed record InferenceResult(
    IReadOnlyList<MediaOutput> Media,
    string? Text,
    long Units);
