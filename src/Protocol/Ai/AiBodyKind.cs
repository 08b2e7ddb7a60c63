namespace Livepeer.Protocol.Ai;

/// <summary>How a batch AI route takes its request (gateway-api.md §3.3).</summary>
public enum AiBodyKind
{
    /// <summary><c>application/json</c>: text-to-image, llm, text-to-speech.</summary>
    Json,

    /// <summary><c>multipart/form-data</c> with one file field: the image and audio routes.</summary>
    Multipart,
}
