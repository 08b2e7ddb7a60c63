namespace Livepeer.Protocol.Video;

/// <summary>One variant of a master playlist.</summary>
/// <param name="Name">rendition name; its playlist is <c>{manifestID}/{Name}.m3u8</c></param>
/// <param name="Bandwidth">bits per second</param>
/// <param name="Width">0 when unknown (then no RESOLUTION attribute)</param>
public sealed record HlsVariant(string Name, long Bandwidth, int Width, int Height);
