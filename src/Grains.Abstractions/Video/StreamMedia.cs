using System.Globalization;
using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Video;

/// <summary>Where a stream's segments are kept in the media store, so every gateway instance can serve them.</summary>
public static class StreamMedia
{
    public const string Root = "streams";

    /// <summary><c>streams/{manifestID}/{rendition}/{seq}.ts</c> (or .mp4).</summary>
    public static string SegmentPath(string manifestId, string rendition, long sequence, SegmentFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}/{manifestId}/{rendition}/{sequence}{format.Extension()}");
}
