using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Video;

/// <summary>What a stream's playlists show: its variants (source first) and each one's live window.</summary>
/// <param name="Exists">false for a manifest ID that was never pushed</param>
/// <param name="Ended">no push for the idle timeout: playlists are final (EXT-X-ENDLIST)</param>
[GenerateSerializer, Immutable, Alias("livepeer.StreamView")]
public sealed record StreamView(
    [property: Id(0)] bool Exists,
    [property: Id(1)] bool Ended,
    [property: Id(2)] IReadOnlyList<HlsVariantView> Variants,
    [property: Id(3)] IReadOnlyDictionary<string, PlaylistWindow> Windows)
{
    public static readonly StreamView None = new(false, false, [], new Dictionary<string, PlaylistWindow>());

    /// <summary>The master playlist's variants.</summary>
    public IEnumerable<HlsVariant> HlsVariants => Variants.Select(v => new HlsVariant(v.Name, v.Bandwidth, v.Width, v.Height));
}
