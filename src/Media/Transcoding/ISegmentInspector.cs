namespace Livepeer.Media.Transcoding;

/// <summary>
/// Decodes a segment (a source or somebody's rendition) and describes it: what verification compares
/// between a trusted and an untrusted orchestrator's output. Bad input throws <see cref="MediaInputException"/>.
/// </summary>
public interface ISegmentInspector
{
    Task<SegmentInfo> InspectAsync(ReadOnlyMemory<byte> segment, SegmentContainer container, CancellationToken cancellationToken = default);
}
