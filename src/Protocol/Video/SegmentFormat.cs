namespace Livepeer.Protocol.Video;

/// <summary>The container of a pushed segment, chosen by its extension; renditions come back in the same one (gateway-api.md §2.1).</summary>
public enum SegmentFormat
{
    MpegTs,
    Mp4,
}
