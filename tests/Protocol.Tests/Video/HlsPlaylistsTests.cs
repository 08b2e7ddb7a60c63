using Livepeer.Protocol.Video;

namespace Livepeer.Protocol.Tests.Video;

public sealed class HlsPlaylistsTests
{
    [Fact]
    public void Master_lists_variants_relative_to_the_stream()
    {
        var text = HlsPlaylists.Master("demo", [new HlsVariant("source", 4_000_000, 1280, 720), new HlsVariant("P240p30fps16x9", 600_000, 0, 0)]);

        Assert.Equal(
            "#EXTM3U\n#EXT-X-VERSION:3\n"
            + "#EXT-X-STREAM-INF:PROGRAM-ID=1,BANDWIDTH=4000000,RESOLUTION=1280x720\ndemo/source.m3u8\n"
            + "#EXT-X-STREAM-INF:PROGRAM-ID=1,BANDWIDTH=600000\ndemo/P240p30fps16x9.m3u8\n",
            text);
    }

    [Fact]
    public void Media_playlist_has_sequence_target_duration_and_segments()
    {
        var text = HlsPlaylists.Media("P240p", [new HlsSegment(7, TimeSpan.FromSeconds(2), SegmentFormat.MpegTs), new HlsSegment(9, TimeSpan.FromMilliseconds(1500), SegmentFormat.MpegTs)], 3, ended: true);

        Assert.Equal(
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-MEDIA-SEQUENCE:3\n#EXT-X-TARGETDURATION:2\n"
            + "#EXTINF:2.000,\nP240p/7.ts\n#EXTINF:1.500,\nP240p/9.ts\n#EXT-X-ENDLIST\n",
            text);
    }
}
