namespace Livepeer.Media.Transcoding;

/// <summary>
/// Transcodes one segment into every requested rendition: decode once, scale per profile, encode, mux to
/// memory. Implementations are thread-safe. Bad input throws <see cref="MediaInputException"/>.
/// </summary>
public interface ITranscoder
{
    Task<TranscodeResult> TranscodeAsync(TranscodeRequest request, CancellationToken cancellationToken = default);
}
