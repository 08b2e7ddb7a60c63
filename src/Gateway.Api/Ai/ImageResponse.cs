namespace Livepeer.Gateway.Api.Ai;

/// <summary><c>{"images":[Media]}</c>: text-to-image, image-to-image, upscale, and image-to-video (go-livepeer answers it with images too).</summary>
public sealed record ImageResponse(IReadOnlyList<MediaItem> Images);
