using System.Text.Json.Serialization;

namespace Livepeer.Gateway.Api.Ai;

/// <summary>The result of an async image-to-video request: its images, or the error it ended with.</summary>
public sealed record AsyncResult(
    IReadOnlyList<MediaItem> Images,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AiErrorMessage? Error);
