namespace Livepeer.Gateway.Api.Options;

/// <summary>The AI routes (section <c>Ai</c>): request limits and how result URLs are written.</summary>
public sealed class AiApiOptions
{
    public const string SectionName = "Ai";

    /// <summary>Largest multipart request (the uploaded image or audio and its fields); bigger ones get 413.</summary>
    public long MaxUploadBytes { get; set; } = 32L << 20;

    /// <summary>Largest JSON request (text-to-image, llm, text-to-speech); bigger ones get 413.</summary>
    public long MaxJsonBytes { get; set; } = 4L << 20;

    /// <summary>Largest width × height of an uploaded image (its header is read before anything is paid).</summary>
    public long MaxImagePixels { get; set; } = 4096L * 4096;

    /// <summary>Longest uploaded audio, in seconds.</summary>
    public double MaxAudioSeconds { get; set; } = 3600;

    /// <summary>
    /// Base of the media URLs in responses, e.g. <c>https://gateway.example</c>; unset: the scheme and host the
    /// request came to, so URLs work for the caller as it reached this gateway.
    /// </summary>
    public string? MediaBaseUrl { get; set; }
}
