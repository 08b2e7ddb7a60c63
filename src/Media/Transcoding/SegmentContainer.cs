namespace Livepeer.Media.Transcoding;

/// <summary>The container of a pushed segment; renditions are produced in the same one (gateway-api.md §2.1).</summary>
public enum SegmentContainer
{
    MpegTs,
    Mp4,
}
